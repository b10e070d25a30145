package vn.xanh.cli;

import picocli.CommandLine;

/** A held report's number as a clerk types it: {@code 12} or {@code #12}. */
final class HeldNumbers {

    private HeldNumbers() {
    }

    static long parse(CommandLine commandLine, String typed) {
        String digits = typed == null ? "" : typed.strip().replaceFirst("^#", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new UsageProblem(commandLine, "Số báo cáo „" + typed + "” không hợp lệ. Hãy ghi số như xanh held"
                    + " liệt kê, ví dụ 12.");
        }
        return Long.parseLong(digits);
    }
}
