package vn.xanh.cli;

import picocli.CommandLine;

import vn.xanh.system.Vietnamese;

/** Picocli's complaints about the command line, said in Vietnamese. */
final class Messages {

    private Messages() {
    }

    static String parameterProblem(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
            return conversion.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "Không hiểu " + Vietnamese.quoted(String.join(" ", unmatched.getUnmatched()))
                    + ": không có lệnh hay tùy chọn này.";
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "Thiếu tham số bắt buộc: " + String.join(", ", missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                            : arg.paramLabel())
                    .toList()) + ".";
        }
        if (ex instanceof UsageProblem) {
            return ex.getMessage();
        }
        return "Lệnh không hợp lệ (" + ex.getMessage() + ").";
    }
}
