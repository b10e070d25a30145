package vn.xanh.intake.internal.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.Names;
import vn.xanh.facts.Activity;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * The HOATDONG table of activities: one row per activity, found by its heading row (columns in any
 * order), read until the "Mô hình điển hình" title or the end of the sheet, passing over what {@link TableEnd}
 * tells is not an activity. Every row's day must fall in the month reported, its form be one of the plan's,
 * its counts whole and not negative.
 */
public final class ActivityTableReader {

    /** The columns of the table, as found on the heading row. */
    public enum Column {
        DATE, FORM, CONTENT, TASK_AREA, PLACE, PARTICIPANTS, MINUTES, QUANTITY, EVIDENCE
    }

    public record Columns(int headerRow, Map<Column, Integer> at) {
    }

    /** What the log holds: the activities and the models reported as recognised. */
    public record Log(List<Activity> activities, List<GreenModel> models) {
    }

    private ActivityTableReader() {
    }

    public static Optional<Columns> locate(SheetData sheet, ActivityLog log) {
        Map<Column, List<String>> aliases = null;
        for (SheetData.Row row : sheet.rows()) {
            // The date column is required, and only a cell that reads as its heading can be given to it: a row
            // without one is passed over before its cells are tried as the other eight headings.
            if (Labels.findInRow(row, log.columns().date()).isEmpty()) {
                continue;
            }
            aliases = aliases == null ? aliases(log.columns()) : aliases;
            Map<Column, Integer> at = new EnumMap<>(Column.class);
            for (CellValue cell : row.cells()) {
                for (Map.Entry<Column, List<String>> column : aliases.entrySet()) {
                    if (!at.containsKey(column.getKey()) && !at.containsValue(cell.col())
                            && Labels.heading(cell, column.getValue())) {
                        at.put(column.getKey(), cell.col());
                    }
                }
            }
            if (at.containsKey(Column.DATE) && at.containsKey(Column.FORM)) {
                return Optional.of(new Columns(row.index(), at));
            }
        }
        return Optional.empty();
    }

    public static Log read(List<SheetData> sheets, SheetData sheet, Columns columns, ActivityLog log, String unitCode,
            YearMonth period, List<Problem> problems) {
        String modelsTitle = Names.fold(log.models().title());
        int modelsRow = sheet.rows().stream().filter(row -> row.index() > columns.headerRow())
                .filter(row -> row.cells().stream().anyMatch(c -> Names.fold(c.asText()).startsWith(modelsTitle)))
                .mapToInt(SheetData.Row::index).findFirst().orElse(Integer.MAX_VALUE);
        List<Activity> activities = new ArrayList<>();
        List<ActivityForms.Choice> forms = log.forms().stream()
                .map(f -> new ActivityForms.Choice(f.code(), f.name(), f.words())).toList();
        TableEnd end = new TableEnd(shape(sheet, columns, period, forms));
        ActivityTotals totals = new ActivityTotals(sheet.name(), columns.at());
        Activity above = null;
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= columns.headerRow() || row.index() >= modelsRow) {
                continue;
            }
            TableEnd.Kind kind = end.kind(row);
            if (kind == TableEnd.Kind.TOTAL) {
                totals.check(row, problems);
            }
            if (kind != TableEnd.Kind.ENTRY) {
                continue; // a totals row, a note or the signature under the table
            }
            Activity read = row(sheet, row, columns, forms, log, unitCode, period, cell(row, columns, Column.DATE),
                    cell(row, columns, Column.FORM), above, problems);
            if (read != null) {
                activities.add(read);
                totals.add(read);
                above = read;
            }
        }
        List<GreenModel> models = ModelTableReader.read(sheets, sheet, modelsRow, log.models(), unitCode, period,
                problems);
        return new Log(activities, models);
    }

    private static Activity row(SheetData sheet, SheetData.Row row, Columns columns, List<ActivityForms.Choice> forms,
            ActivityLog log, String unitCode, YearMonth period, Optional<CellValue> dateCell,
            Optional<CellValue> formCell, Activity above, List<Problem> problems) {
        int errors = (int) problems.stream().filter(Problem::isError).count();
        LocalDate day = null;
        if (dateCell.isEmpty()) {
            // A day merged down over several rows is only in the first of them.
            if (above != null && above.rowNumber() == row.index()) {
                day = above.heldOn();
            }
            else {
                problems.add(Problem.error(sheet.name(), ref(columns, Column.DATE, row), null, "Thiếu ngày thực hiện"
                        + " của hoạt động ở dòng " + (row.index() + 1) + ". Hãy ghi ngày, ví dụ 05/"
                        + String.format("%02d", period == null ? 1 : period.getMonthValue()) + "/"
                        + (period == null ? 2026 : period.getYear()) + "."));
            }
        }
        else {
            day = ActivityDates.dayOf(sheet.name(), dateCell.get(), period, problems);
        }
        String formCode = null;
        if (formCell.isEmpty()) {
            problems.add(Problem.error(sheet.name(), ref(columns, Column.FORM, row), null, "Thiếu hình thức của hoạt"
                    + " động ở dòng " + (row.index() + 1) + ". " + allowed(log)));
        }
        else {
            formCode = ActivityForms.recognise(formCell.get().asText(), forms).orElse(null);
            if (formCode == null) {
                problems.add(Problem.error(sheet.name(), formCell.get().ref(), null, "Hình thức "
                        + Vietnamese.quoted(formCell.get().asText()) + " không thuộc các hình thức của kế hoạch. "
                        + allowed(log)));
            }
        }
        Integer participants = count(sheet, row, columns, Column.PARTICIPANTS, "Số người tham dự", problems);
        Integer minutes = count(sheet, row, columns, Column.MINUTES, "Thời lượng (phút)", problems);
        Integer quantity = count(sheet, row, columns, Column.QUANTITY, "Số lượng", problems);
        if (problems.stream().filter(Problem::isError).count() > errors) {
            return null;
        }
        // rowNumber is the sheet's row as Excel numbers it, so that a merged day can be carried to the row below.
        return new Activity(unitCode, period, row.index() + 1, day, formCode, text(row, columns, Column.CONTENT, 2000),
                taskArea(sheet, row, columns, log, problems), text(row, columns, Column.PLACE, 200), participants,
                minutes, quantity, text(row, columns, Column.EVIDENCE, 1000));
    }

    private static final java.util.regex.Pattern INDICATOR_CODE = java.util.regex.Pattern.compile("[A-Za-z]{2}\\d{2}");

    /** "3.2", its name or words from it, or an indicator code such as MT03; anything else is left out, with a warning. */
    private static String taskArea(SheetData sheet, SheetData.Row row, Columns columns, ActivityLog log,
            List<Problem> problems) {
        Optional<CellValue> cell = cell(row, columns, Column.TASK_AREA);
        if (cell.isEmpty()) {
            return null;
        }
        String typed = cell.get().asText().strip();
        if (INDICATOR_CODE.matcher(typed).matches()) {
            return typed.toUpperCase(java.util.Locale.ROOT);
        }
        Optional<String> area = log.taskAreas().stream().filter(a -> a.code().equals(typed.replaceAll("\\.$", "")))
                .map(ActivityLog.TaskArea::code).findFirst()
                .or(() -> ActivityForms.recognise(typed, log.taskAreas().stream()
                        .map(a -> new ActivityForms.Choice(a.code(), a.name(), a.words())).toList()));
        if (area.isEmpty()) {
            problems.add(Problem.warning(sheet.name(), cell.get().ref(), null, "Lĩnh vực " + Vietnamese.quoted(typed)
                    + " không nhận ra nên được bỏ qua. Ghi " + String.join(", ", log.taskAreas().stream()
                            .map(ActivityLog.TaskArea::code).toList()) + " hoặc mã chỉ tiêu, ví dụ MT03."));
        }
        return area.orElse(null);
    }

    /** The table as the rule for its end sees it: a row with a form of the plan or a readable day is an activity. */
    private static TableEnd.Shape shape(SheetData sheet, Columns columns, YearMonth period,
            List<ActivityForms.Choice> forms) {
        int firstCol = sheet.rows().stream().filter(r -> r.index() == columns.headerRow()).findFirst()
                .map(r -> r.cells().get(0).col()).orElse(0);
        return new TableEnd.Shape(firstCol, List.of(columns.at().get(Column.DATE), columns.at().get(Column.FORM)),
                columns.at().get(Column.DATE), ActivityTotals.countColumns(columns.at()),
                row -> cell(row, columns, Column.FORM)
                        .flatMap(form -> ActivityForms.recognise(form.asText(), forms)).isPresent()
                        || cell(row, columns, Column.DATE).flatMap(day -> ActivityDates.parse(day, period)).isPresent());
    }

    private static String allowed(ActivityLog log) {
        return "Hãy ghi một trong các hình thức: " + String.join("; ", log.forms().stream()
                .map(f -> f.code() + " (" + f.name() + ")").toList()) + ".";
    }

    private static Integer count(SheetData sheet, SheetData.Row row, Columns columns, Column column, String label,
            List<Problem> problems) {
        Optional<CellValue> cell = cell(row, columns, column);
        if (cell.isEmpty()) {
            return null;
        }
        CellValue value = cell.get();
        java.util.OptionalDouble number = ActivityTotals.number(value);
        if (number.isEmpty() || number.getAsDouble() < 0 || number.getAsDouble() != Math.rint(number.getAsDouble())) {
            problems.add(Problem.error(sheet.name(), value.ref(), null, "Cột " + Vietnamese.quoted(label) + " ghi "
                    + Vietnamese.quoted(value.asText())
                    + ": cần một số nguyên không âm, ví dụ 45; để trống nếu không có."));
            return null;
        }
        return (int) number.getAsDouble();
    }

    private static String text(SheetData.Row row, Columns columns, Column column, int max) {
        String text = cell(row, columns, column).map(CellValue::asText).map(String::strip).orElse(null);
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Optional<CellValue> cell(SheetData.Row row, Columns columns, Column column) {
        Integer col = columns.at().get(column);
        return col == null ? Optional.empty() : row.at(col);
    }

    private static String ref(Columns columns, Column column, SheetData.Row row) {
        Integer col = columns.at().get(column);
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col == null ? 0 : col) + (row.index() + 1);
    }

    private static Map<Column, List<String>> aliases(ActivityLog.Columns c) {
        Map<Column, List<String>> aliases = new EnumMap<>(Column.class);
        aliases.put(Column.DATE, c.date());
        aliases.put(Column.FORM, c.form());
        aliases.put(Column.CONTENT, c.content());
        aliases.put(Column.TASK_AREA, c.taskArea());
        aliases.put(Column.PLACE, c.place());
        aliases.put(Column.PARTICIPANTS, c.participants());
        aliases.put(Column.MINUTES, c.minutes());
        aliases.put(Column.QUANTITY, c.quantity());
        aliases.put(Column.EVIDENCE, c.evidence());
        return aliases;
    }
}
