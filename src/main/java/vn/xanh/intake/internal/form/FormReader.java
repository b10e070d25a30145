package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * The form table STT | Mã số | Chỉ tiêu | ĐVT | Số liệu | Ghi chú, wherever it starts and in whatever
 * column order. Rows are matched by code, or by label when the code is missing.
 */
public final class FormReader {

    /** Where the form's table is: the heading row and the columns found in it. */
    public record Columns(int headerRow, Integer code, Integer label, int value) {
    }

    /** The catalogue's labels folded once: folding is the costly part of matching a row by its label. */
    private static final Map<String, String> FOLDED_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private FormReader() {
    }

    public static Optional<Columns> locate(SheetData sheet) {
        for (SheetData.Row row : sheet.rows()) {
            Integer code = null;
            Integer label = null;
            Integer value = null;
            for (CellValue cell : row.cells()) {
                String folded = Names.fold(cell.asText());
                if (folded.startsWith("ma so") || folded.startsWith("ma chi tieu")) {
                    code = code == null ? cell.col() : code;
                }
                else if (folded.startsWith("chi tieu") || folded.startsWith("noi dung")) {
                    label = label == null ? cell.col() : label;
                }
                else if (folded.startsWith("so lieu") || folded.startsWith("gia tri")) {
                    value = value == null ? cell.col() : value;
                }
            }
            if (value != null && (code != null || label != null)) {
                return Optional.of(new Columns(row.index(), code, label, value));
            }
        }
        return Optional.empty();
    }

    /** The codes typed in the code column, to recognise a form whose template is not named. */
    public static List<String> codes(SheetData sheet, Columns columns) {
        List<String> codes = new ArrayList<>();
        if (columns.code() != null) {
            for (SheetData.Row row : sheet.rows()) {
                if (row.index() > columns.headerRow()) {
                    row.at(columns.code()).ifPresent(cell -> codes.add(cell.asText().strip().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return codes;
    }

    public static List<Reading> read(SheetData sheet, Columns columns, Template template, String unitCode,
            List<Problem> problems) {
        String stopTitle = template.ocop() == null ? null : Names.fold(template.ocop().title());
        Map<String, CellValue> seen = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= columns.headerRow()) {
                continue;
            }
            if (stopTitle != null && hasCell(row, stopTitle)) {
                break;
            }
            Optional<CellValue> valueCell = row.at(columns.value());
            Optional<Metric> metric = metricOf(row, columns, template, valueCell.isPresent(), problems);
            if (metric.isEmpty() || valueCell.isEmpty()) {
                continue;
            }
            CellValue cell = valueCell.get();
            CellValue earlier = seen.putIfAbsent(metric.get().code(), cell);
            if (earlier != null) {
                problems.add(Problem.error(cell.sheet(), cell.ref(), metric.get().code(), "Chỉ tiêu "
                        + Vietnamese.quoted(metric.get().label()) + " (" + metric.get().code()
                        + ") được ghi hai lần, ở ô "
                        + earlier.ref() + " và ô " + cell.ref() + ". Chỉ giữ lại một dòng."));
                continue;
            }
            OptionalDouble value = CellNumbers.read(cell, metric.get(), problems);
            value.ifPresent(v -> readings.add(new Reading(unitCode, metric.get().code(), v, cell)));
        }
        return readings;
    }

    /** Whether a cell of the row folds to this text: asked of every row of a form, so a loop. */
    private static boolean hasCell(SheetData.Row row, String folded) {
        for (CellValue cell : row.cells()) {
            if (Names.fold(cell.asText()).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Metric> metricOf(SheetData.Row row, Columns columns, Template template, boolean hasValue,
            List<Problem> problems) {
        Optional<CellValue> codeCell = columns.code() == null ? Optional.empty() : row.at(columns.code());
        Optional<CellValue> labelCell = columns.label() == null ? Optional.empty() : row.at(columns.label());
        // Matching by label folds every metric's label: only done when the code does not settle it.
        java.util.function.Supplier<Optional<Metric>> label = () -> labelCell.flatMap(cell -> {
            String typed = Labels.rowLabel(cell.asText());
            return template.metrics().stream().filter(m -> FOLDED_LABELS.computeIfAbsent(m.label(), Labels::rowLabel)
                    .equals(typed)).findFirst();
        });
        if (codeCell.isPresent()) {
            String code = codeCell.get().asText().strip().toUpperCase(Locale.ROOT);
            Optional<Metric> byCode = template.metric(code);
            if (byCode.isPresent()) {
                return byCode;
            }
            CellValue cell = codeCell.get();
            Optional<Metric> byLabel = label.get();
            if (byLabel.isPresent()) {
                problems.add(Problem.warning(cell.sheet(), cell.ref(), byLabel.get().code(), "Mã số "
                        + Vietnamese.quoted(code)
                        + " không có trong mẫu " + template.id() + "; đã nhận theo tên chỉ tiêu là "
                        + byLabel.get().code() + ". Nên sửa mã số cho đúng."));
                return byLabel;
            }
            if (hasValue && code.matches("[A-Z][A-Z0-9_]+")) {
                problems.add(Problem.error(cell.sheet(), cell.ref(), null, "Mã số " + Vietnamese.quoted(code)
                        + " không có trong mẫu "
                        + template.id() + ". Sửa lại mã số cho đúng mẫu hoặc xóa dòng này."));
            }
            return Optional.empty();
        }
        return label.get();
    }
}
