package vn.xanh.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Template;
import vn.xanh.intake.internal.writer.LogFooters;
import vn.xanh.intake.internal.writer.SubmissionLayout;

/**
 * Writes filled-in submission workbooks in the commune's layout: the header fields, then the table.
 * Used by the demonstration and by tests; a value may be a number or text, as a clerk would type it.
 */
public final class SubmissionWorkbooks {

    /** An OCOP product line of a cooperative's report. */
    public record OcopProduct(String name, int stars, String green, int year) {
    }

    /** A line of an activity log; the day may be a {@code LocalDate} or text as typed. */
    public record ActivityRow(Object day, String form, String content, String taskArea, String place,
            Integer participants, Integer minutes, Integer quantity, String evidence) {
    }

    /** A green model line of an activity log. */
    public record ModelRow(String type, String name, String place, java.time.LocalDate recognisedOn) {
    }

    /** What is written under a log's table: today's plain signature, or a totals row and a block as offices write. */
    public enum Footer {
        SIGNATURE, TOTALS_AND_TWO_SIGNATURES, TOTALS_AND_PREPARER, TOTALS_NOTE_AND_RECIPIENTS
    }

    private SubmissionWorkbooks() {
    }

    /**
     * A HOATDONG activity log: the activities, then the models on a sheet "Mô hình" when there are any;
     * with no activities and no models, "Không phát sinh: Có".
     */
    public static void activities(Path file, Template template, String unitName, YearMonth period,
            List<ActivityRow> rows, List<ModelRow> models) throws IOException {
        activities(file, template, unitName, period, rows, models, Footer.SIGNATURE);
    }

    /** The same, with this footer under the activities and, unless a plain signature, under the models. */
    public static void activities(Path file, Template template, String unitName, YearMonth period,
            List<ActivityRow> rows, List<ModelRow> models, Footer footer) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hoạt động");
            int row = SubmissionLayout.header(workbook, sheet, template, unitName, period);
            if (rows.isEmpty() && models.isEmpty()) {
                sheet.createRow(row - 1).createCell(1).setCellValue("Không phát sinh:");
                sheet.getRow(row - 1).createCell(2).setCellValue("Có");
                row++;
            }
            SubmissionLayout.headings(workbook, sheet, row++, "STT", "Ngày", "Hình thức", "Nội dung", "Lĩnh vực",
                    "Địa bàn", "Số người tham dự", "Thời lượng (phút)", "Số lượng", "Minh chứng");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            int n = 1;
            for (ActivityRow activity : rows) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(n++);
                if (activity.day() instanceof java.time.LocalDate day) {
                    line.createCell(1).setCellValue(day);
                    line.getCell(1).setCellStyle(date);
                }
                else {
                    SubmissionLayout.value(line.createCell(1), activity.day());
                }
                SubmissionLayout.value(line.createCell(2), activity.form());
                SubmissionLayout.value(line.createCell(3), activity.content());
                SubmissionLayout.value(line.createCell(4), activity.taskArea());
                SubmissionLayout.value(line.createCell(5), activity.place());
                SubmissionLayout.value(line.createCell(6), activity.participants());
                SubmissionLayout.value(line.createCell(7), activity.minutes());
                SubmissionLayout.value(line.createCell(8), activity.quantity());
                SubmissionLayout.value(line.createCell(9), activity.evidence());
            }
            footer(sheet, row, footer, rows, unitName, period);
            sheet.setColumnWidth(3, 50 * 256);
            if (!models.isEmpty()) {
                Sheet list = workbook.createSheet("Mô hình");
                SubmissionLayout.headings(workbook, list, 0, "STT", "Loại mô hình", "Tên mô hình", "Địa bàn",
                        "Ngày công nhận");
                int r = 1;
                for (ModelRow model : models) {
                    Row line = list.createRow(r);
                    line.createCell(0).setCellValue(r++);
                    line.createCell(1).setCellValue(model.type());
                    line.createCell(2).setCellValue(model.name());
                    SubmissionLayout.value(line.createCell(3), model.place());
                    if (model.recognisedOn() != null) {
                        line.createCell(4).setCellValue(model.recognisedOn());
                        line.getCell(4).setCellStyle(date);
                    }
                }
                if (footer != Footer.SIGNATURE) {
                    LogFooters.models(list, r, models.size(), unitName);
                }
            }
            SubmissionLayout.write(workbook, file);
        }
    }

    private static void footer(Sheet sheet, int row, Footer footer, List<ActivityRow> rows, String unitName,
            YearMonth period) {
        if (footer == Footer.SIGNATURE || rows.isEmpty()) {
            SubmissionLayout.signature(sheet, row + 1);
            return;
        }
        String label = switch (footer) {
            case TOTALS_AND_PREPARER -> "Cộng:";
            case TOTALS_NOTE_AND_RECIPIENTS -> "TỔNG SỐ";
            default -> "Tổng cộng";
        };
        int after = LogFooters.totals(sheet, row, rows.size() + 1, label, sum(rows, ActivityRow::participants),
                sum(rows, ActivityRow::minutes), sum(rows, ActivityRow::quantity));
        switch (footer) {
            case TOTALS_AND_PREPARER -> LogFooters.preparer(sheet, after, unitName);
            case TOTALS_NOTE_AND_RECIPIENTS -> LogFooters.recipients(sheet, after, unitName);
            default -> LogFooters.twoSignatures(sheet, after + 1, period, unitName);
        }
    }

    /** The column's sum for the totals row, or nothing when no row has a number there. */
    private static Integer sum(List<ActivityRow> rows, java.util.function.Function<ActivityRow, Integer> value) {
        return rows.stream().map(value).filter(v -> v != null).reduce(Integer::sum).orElse(null);
    }

    /** A THON, HTX or XA form; {@code values} by metric code, blank when absent. */
    public static void form(Path file, Template template, String unitName, YearMonth period,
            Map<String, Object> values, List<OcopProduct> ocop) throws IOException {
        try (Workbook workbook = SubmissionLayout.newWorkbook(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            int row = SubmissionLayout.header(workbook, sheet, template, unitName, period);
            SubmissionLayout.headings(workbook, sheet, row++, "STT", "Mã số", "Chỉ tiêu", "ĐVT", "Số liệu",
                    "Ghi chú");
            int n = 1;
            for (Metric metric : template.metrics()) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(n++);
                line.createCell(1).setCellValue(metric.code());
                line.createCell(2).setCellValue(metric.label());
                line.createCell(3).setCellValue(metric.unit());
                SubmissionLayout.value(line.createCell(4), values.get(metric.code()));
            }
            if (ocop != null && template.ocop() != null) {
                Sheet products = workbook.createSheet("OCOP");
                SubmissionLayout.headings(workbook, products, 0, "STT", "Tên sản phẩm", "Hạng sao",
                        "Đạt tiêu chí xanh (Có/Không)", "Năm công nhận");
                int r = 1;
                for (OcopProduct product : ocop) {
                    Row line = products.createRow(r);
                    line.createCell(0).setCellValue(r++);
                    line.createCell(1).setCellValue(product.name());
                    line.createCell(2).setCellValue(product.stars());
                    line.createCell(3).setCellValue(product.green());
                    line.createCell(4).setCellValue(product.year());
                }
            }
            SubmissionLayout.signature(sheet, row + 1);
            sheet.setColumnWidth(2, 60 * 256);
            SubmissionLayout.write(workbook, file);
        }
    }

    /** A CHO report: a row per market, {@code values} by market name, then metric code. */
    public static void markets(Path file, Template template, String boardName, YearMonth period,
            Map<String, Map<String, Object>> values) throws IOException {
        try (Workbook workbook = SubmissionLayout.newWorkbook(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            int row = SubmissionLayout.header(workbook, sheet, template, boardName, period);
            SubmissionLayout.headings(workbook, sheet, row++, "STT", template.rowUnitColumn().get(0),
                    template.metrics().get(0).label(), template.metrics().get(1).label(), "Ghi chú");
            int n = 1;
            for (Map.Entry<String, Map<String, Object>> market : values.entrySet()) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(n++);
                line.createCell(1).setCellValue(market.getKey());
                SubmissionLayout.value(line.createCell(2), market.getValue().get(template.metrics().get(0).code()));
                SubmissionLayout.value(line.createCell(3), market.getValue().get(template.metrics().get(1).code()));
            }
            SubmissionLayout.signature(sheet, row + 1);
            SubmissionLayout.write(workbook, file);
        }
    }

    /** A SOHO household register: one row per household, yes/no answers in the template's flag order. */
    public static void register(Path file, Template template, String villageName, YearMonth period,
            List<String> names, List<boolean[]> answers) throws IOException {
        // Streamed: a ward's register of 200,000 households would not fit in memory as a whole workbook.
        try (Workbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Sổ hộ");
            int row = SubmissionLayout.header(workbook, sheet, template, villageName, period);
            String[] heads = new String[2 + template.flags().size()];
            heads[0] = "STT";
            heads[1] = template.nameColumn().get(0);
            for (int i = 0; i < template.flags().size(); i++) {
                heads[2 + i] = template.flags().get(i).column().get(0);
            }
            SubmissionLayout.headings(workbook, sheet, row++, heads);
            for (int h = 0; h < names.size(); h++) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(h + 1);
                line.createCell(1).setCellValue(names.get(h));
                for (int i = 0; i < template.flags().size(); i++) {
                    if (answers.get(h)[i]) {
                        line.createCell(2 + i).setCellValue("x");
                    }
                }
            }
            SubmissionLayout.write(workbook, file);
        }
    }
}
