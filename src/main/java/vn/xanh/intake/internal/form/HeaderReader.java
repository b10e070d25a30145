package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.xanh.catalog.HeaderFields;
import vn.xanh.catalog.Names;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;

/**
 * The header fields above the table: a cell that starts with a field's label, its value in the rest
 * of the cell after a colon or in the next non-empty cell to the right.
 */
public final class HeaderReader {

    public static final int HEADER_ROWS = 15;
    private static final Pattern PERIOD_IN_TITLE = Pattern.compile("thang\\s*(\\d{1,2}\\s*[/.-]\\s*\\d{4})");

    public enum Field {
        TEMPLATE, UNIT, PERIOD, PREPARER, NOTHING_TO_REPORT
    }

    /** A header field's value and the cell that holds it. */
    public record Value(String text, CellValue cell) {
    }

    private record Label(Field field, String folded) {
    }

    private HeaderReader() {
    }

    public static Map<Field, Value> read(SheetData sheet, HeaderFields fields, int tableRow) {
        List<Label> labels = labels(fields);
        Map<Field, Value> found = new EnumMap<>(Field.class);
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() >= Math.min(HEADER_ROWS, tableRow)) {
                break;
            }
            for (CellValue cell : row.cells()) {
                if (cell.kind() == CellValue.Kind.TEXT) {
                    match(row, cell, labels).ifPresent(value -> found.putIfAbsent(value.field, value.value));
                }
            }
        }
        if (!found.containsKey(Field.PERIOD)) {
            periodInTitle(sheet, tableRow).ifPresent(value -> found.put(Field.PERIOD, value));
        }
        return found;
    }

    private record Match(Field field, Value value) {
    }

    private static Optional<Match> match(SheetData.Row row, CellValue cell, List<Label> labels) {
        String folded = Names.fold(cell.text());
        for (Label label : labels) {
            if (!folded.startsWith(label.folded)) {
                continue;
            }
            String rest = folded.substring(label.folded.length()).trim();
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                continue;
            }
            int colon = cell.text().indexOf(':');
            String afterColon = colon < 0 ? "" : cell.text().substring(colon + 1).strip();
            if (!afterColon.isEmpty()) {
                return Optional.of(new Match(label.field, new Value(afterColon, cell)));
            }
            return row.rightOf(cell.col()).map(value -> new Match(label.field, new Value(value.asText(), value)));
        }
        return Optional.empty();
    }

    /** "BÁO CÁO THÁNG 11/2026": a title that names the month, when no labelled period is given. */
    private static Optional<Value> periodInTitle(SheetData sheet, int tableRow) {
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() >= Math.min(HEADER_ROWS, tableRow)) {
                break;
            }
            for (CellValue cell : row.cells()) {
                Matcher matcher = PERIOD_IN_TITLE.matcher(Names.fold(cell.asText()));
                if (cell.kind() == CellValue.Kind.TEXT && matcher.find()) {
                    return Optional.of(new Value(matcher.group(1), cell));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Label> labels(HeaderFields fields) {
        List<Label> labels = new ArrayList<>();
        fields.template().forEach(text -> labels.add(new Label(Field.TEMPLATE, Names.fold(text))));
        fields.unit().forEach(text -> labels.add(new Label(Field.UNIT, Names.fold(text))));
        fields.period().forEach(text -> labels.add(new Label(Field.PERIOD, Names.fold(text))));
        fields.preparer().forEach(text -> labels.add(new Label(Field.PREPARER, Names.fold(text))));
        fields.nothingToReport().forEach(text -> labels.add(new Label(Field.NOTHING_TO_REPORT, Names.fold(text))));
        labels.sort(Comparator.comparingInt((Label label) -> label.folded.length()).reversed());
        return labels;
    }
}
