package vn.xanh.intake.internal.form;

import java.util.List;
import java.util.OptionalDouble;

import vn.xanh.catalog.Metric;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.system.Vietnamese;

/** A value cell turned into a number, or a Vietnamese explanation of why it cannot be one. */
final class CellNumbers {

    private CellNumbers() {
    }

    static OptionalDouble read(CellValue cell, Metric metric, List<Problem> problems) {
        String what = Vietnamese.quoted(metric.label()) + " (" + metric.code() + ")";
        OptionalDouble number = switch (cell.kind()) {
            case NUMBER -> OptionalDouble.of(cell.number());
            case TEXT -> {
                OptionalDouble parsed = VietnameseNumber.parse(cell.text());
                if (parsed.isPresent()) {
                    problems.add(Problem.warning(cell.sheet(), cell.ref(), metric.code(), "Số liệu " + what
                            + " được gõ dạng chữ " + Vietnamese.quoted(cell.text()) + ", đã hiểu là "
                            + Vietnamese.number(parsed.getAsDouble()) + ". Nên nhập dạng số."));
                }
                else {
                    problems.add(Problem.error(cell.sheet(), cell.ref(), metric.code(), "Số liệu " + what + " ghi "
                            + Vietnamese.quoted(cell.text())
                            + " không phải là số. Hãy ghi một con số, ví dụ 125 hoặc 12,5;"
                            + " để trống nếu chưa có số liệu."));
                }
                yield parsed;
            }
            case ERROR -> {
                problems.add(Problem.error(cell.sheet(), cell.ref(), metric.code(), "Ô số liệu " + what
                        + " có công thức bị lỗi " + cell.text() + ". Sửa công thức hoặc gõ thẳng con số."));
                yield OptionalDouble.empty();
            }
            case DATE, BOOLEAN -> {
                problems.add(Problem.error(cell.sheet(), cell.ref(), metric.code(), "Số liệu " + what + " ghi "
                        + Vietnamese.quoted(cell.asText()) + " không phải là số. Hãy ghi một con số."));
                yield OptionalDouble.empty();
            }
        };
        if (number.isEmpty()) {
            return number;
        }
        double value = number.getAsDouble();
        if (value < 0) {
            problems.add(Problem.error(cell.sheet(), cell.ref(), metric.code(), "Số liệu " + what + " là số âm ("
                    + Vietnamese.number(value) + "). Số liệu không được âm; ghi 0 nếu không có."));
            return OptionalDouble.empty();
        }
        if (metric.whole() && value != Math.rint(value)) {
            problems.add(Problem.error(cell.sheet(), cell.ref(), metric.code(), "Số liệu " + what + " phải là số"
                    + " nguyên (đơn vị: " + metric.unit() + "), đang ghi " + Vietnamese.number(value) + "."));
            return OptionalDouble.empty();
        }
        return number;
    }
}
