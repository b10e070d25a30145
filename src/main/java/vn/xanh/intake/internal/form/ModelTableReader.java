package vn.xanh.intake.internal.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.Names;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * The "Mô hình điển hình" table of a HOATDONG workbook, on a sheet of that name or under its title row:
 * STT | Loại mô hình | Tên | Địa bàn | Ngày công nhận. Each type must be one of the plan's; the rows around
 * the table are passed over by {@link TableEnd}.
 */
final class ModelTableReader {

    private ModelTableReader() {
    }

    /** @param titleRow the row of the table's title on the activity sheet, or past its end when there is none */
    static List<GreenModel> read(List<SheetData> sheets, SheetData activities, int titleRow,
            ActivityLog.Models models, String unitCode, YearMonth period, List<Problem> problems) {
        Optional<SheetData> own = sheets.stream()
                .filter(s -> models.sheet().stream().anyMatch(name -> Names.fold(name).equals(Names.fold(s.name()))))
                .findFirst();
        SheetData sheet = own.orElse(activities);
        int after = own.isPresent() ? -1 : titleRow;
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= after) {
                continue;
            }
            Optional<CellValue> type = Labels.findInRow(row, models.typeColumn());
            Optional<CellValue> name = row.cells().stream().filter(c -> type.isEmpty() || c.col() != type.get().col())
                    .filter(c -> Labels.heading(c, models.nameColumn())).findFirst();
            if (type.isPresent() && name.isPresent()) {
                return rows(sheet, row, type.get().col(), name.get().col(),
                        column(row, models.placeColumn()), column(row, models.dateColumn()), models, unitCode, period,
                        problems);
            }
        }
        return List.of();
    }

    private static Integer column(SheetData.Row row, List<String> aliases) {
        return Labels.findInRow(row, aliases).map(CellValue::col).orElse(null);
    }

    private static List<GreenModel> rows(SheetData sheet, SheetData.Row heading, int typeCol, int nameCol,
            Integer placeCol, Integer dateCol, ActivityLog.Models models, String unitCode, YearMonth period,
            List<Problem> problems) {
        List<ActivityForms.Choice> types = models.types().stream()
                .map(t -> new ActivityForms.Choice(t.code(), t.name(), t.words())).toList();
        // A row with a type of the plan is a model; the rule of every table passes over what stands around it.
        TableEnd end = new TableEnd(new TableEnd.Shape(heading.cells().get(0).col(), List.of(typeCol, nameCol),
                dateCol, List.of(), row -> row.at(typeCol)
                        .flatMap(type -> ActivityForms.recognise(type.asText(), types)).isPresent()));
        Map<String, CellValue> seen = new HashMap<>();
        List<GreenModel> found = new ArrayList<>();
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= heading.index() || end.kind(row) != TableEnd.Kind.ENTRY) {
                continue;
            }
            Optional<CellValue> type = row.at(typeCol);
            Optional<CellValue> name = row.at(nameCol);
            if (type.isEmpty() || name.isEmpty()) {
                CellValue present = type.orElseGet(name::get);
                problems.add(Problem.error(sheet.name(), present.ref(), null, "Mô hình ở dòng " + (row.index() + 1)
                        + " thiếu " + (type.isEmpty() ? "loại mô hình" : "tên mô hình") + ". Ghi đủ loại và tên."));
                continue;
            }
            Optional<String> code = ActivityForms.recognise(type.get().asText(), types);
            if (code.isEmpty()) {
                problems.add(Problem.error(sheet.name(), type.get().ref(), null, "Loại mô hình "
                        + Vietnamese.quoted(type.get().asText())
                        + " không có trong kế hoạch. Hãy ghi một trong: " + String.join(", ",
                                models.types().stream().map(ActivityLog.ModelType::name).toList()) + "."));
                continue;
            }
            String title = name.get().asText().strip();
            CellValue earlier = seen.putIfAbsent(code.get() + "|" + Names.fold(title), name.get());
            if (earlier != null) {
                problems.add(Problem.warning(sheet.name(), name.get().ref(), null, "Mô hình " + Vietnamese.quoted(title)
                        + " đã ghi ở ô " + earlier.ref() + "; chỉ tính một lần."));
                continue;
            }
            LocalDate recognised = null;
            Optional<CellValue> dateCell = dateCol == null ? Optional.empty() : row.at(dateCol);
            if (dateCell.isPresent()) {
                recognised = ActivityDates.parse(dateCell.get(), period).orElse(null);
                if (recognised == null) {
                    problems.add(Problem.error(sheet.name(), dateCell.get().ref(), null, "Ngày công nhận "
                            + Vietnamese.quoted(dateCell.get().asText())
                            + " không đọc được. Hãy ghi dạng ngày/tháng/năm, ví dụ 20/10/2026."));
                    continue;
                }
            }
            String place = placeCol == null ? null : row.at(placeCol).map(CellValue::asText).orElse(null);
            found.add(new GreenModel(code.get(), cut(title, 300), cut(place, 200), recognised, unitCode, period));
        }
        return found;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
