package vn.xanh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Template;

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

    private SubmissionWorkbooks() {
    }

    /**
     * A HOATDONG activity log: the activities, then the models on a sheet "Mô hình" when there are any;
     * with no activities and no models, "Không phát sinh: Có".
     */
    public static void activities(Path file, Template template, String unitName, YearMonth period,
            List<ActivityRow> rows, List<ModelRow> models) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hoạt động");
            int row = header(workbook, sheet, template, unitName, period);
            if (rows.isEmpty() && models.isEmpty()) {
                sheet.createRow(row - 1).createCell(1).setCellValue("Không phát sinh:");
                sheet.getRow(row - 1).createCell(2).setCellValue("Có");
                row++;
            }
            headings(workbook, sheet, row++, "STT", "Ngày", "Hình thức", "Nội dung", "Lĩnh vực", "Địa bàn",
                    "Số người tham dự", "Thời lượng (phút)", "Số lượng", "Minh chứng");
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
                    value(line.createCell(1), activity.day());
                }
                value(line.createCell(2), activity.form());
                value(line.createCell(3), activity.content());
                value(line.createCell(4), activity.taskArea());
                value(line.createCell(5), activity.place());
                value(line.createCell(6), activity.participants());
                value(line.createCell(7), activity.minutes());
                value(line.createCell(8), activity.quantity());
                value(line.createCell(9), activity.evidence());
            }
            signature(sheet, row + 1);
            sheet.setColumnWidth(3, 50 * 256);
            if (!models.isEmpty()) {
                Sheet list = workbook.createSheet("Mô hình");
                headings(workbook, list, 0, "STT", "Loại mô hình", "Tên mô hình", "Địa bàn", "Ngày công nhận");
                int r = 1;
                for (ModelRow model : models) {
                    Row line = list.createRow(r);
                    line.createCell(0).setCellValue(r++);
                    line.createCell(1).setCellValue(model.type());
                    line.createCell(2).setCellValue(model.name());
                    value(line.createCell(3), model.place());
                    if (model.recognisedOn() != null) {
                        line.createCell(4).setCellValue(model.recognisedOn());
                        line.getCell(4).setCellStyle(date);
                    }
                }
            }
            write(workbook, file);
        }
    }

    /** A THON, HTX or XA form; {@code values} by metric code, blank when absent. */
    public static void form(Path file, Template template, String unitName, YearMonth period,
            Map<String, Object> values, List<OcopProduct> ocop) throws IOException {
        try (Workbook workbook = newWorkbook(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            int row = header(workbook, sheet, template, unitName, period);
            headings(workbook, sheet, row++, "STT", "Mã số", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú");
            int n = 1;
            for (Metric metric : template.metrics()) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(n++);
                line.createCell(1).setCellValue(metric.code());
                line.createCell(2).setCellValue(metric.label());
                line.createCell(3).setCellValue(metric.unit());
                value(line.createCell(4), values.get(metric.code()));
            }
            if (ocop != null && template.ocop() != null) {
                Sheet products = workbook.createSheet("OCOP");
                headings(workbook, products, 0, "STT", "Tên sản phẩm", "Hạng sao", "Đạt tiêu chí xanh (Có/Không)",
                        "Năm công nhận");
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
            signature(sheet, row + 1);
            sheet.setColumnWidth(2, 60 * 256);
            write(workbook, file);
        }
    }

    /** A CHO report: a row per market, {@code values} by market name, then metric code. */
    public static void markets(Path file, Template template, String boardName, YearMonth period,
            Map<String, Map<String, Object>> values) throws IOException {
        try (Workbook workbook = newWorkbook(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            int row = header(workbook, sheet, template, boardName, period);
            headings(workbook, sheet, row++, "STT", template.rowUnitColumn().get(0), template.metrics().get(0).label(),
                    template.metrics().get(1).label(), "Ghi chú");
            int n = 1;
            for (Map.Entry<String, Map<String, Object>> market : values.entrySet()) {
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(n++);
                line.createCell(1).setCellValue(market.getKey());
                value(line.createCell(2), market.getValue().get(template.metrics().get(0).code()));
                value(line.createCell(3), market.getValue().get(template.metrics().get(1).code()));
            }
            signature(sheet, row + 1);
            write(workbook, file);
        }
    }

    /** A SOHO household register: one row per household, yes/no answers in the template's flag order. */
    public static void register(Path file, Template template, String villageName, YearMonth period,
            List<String> names, List<boolean[]> answers) throws IOException {
        // Streamed: a ward's register of 200,000 households would not fit in memory as a whole workbook.
        try (Workbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Sổ hộ");
            int row = header(workbook, sheet, template, villageName, period);
            String[] heads = new String[2 + template.flags().size()];
            heads[0] = "STT";
            heads[1] = template.nameColumn().get(0);
            for (int i = 0; i < template.flags().size(); i++) {
                heads[2 + i] = template.flags().get(i).column().get(0);
            }
            headings(workbook, sheet, row++, heads);
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
            write(workbook, file);
        }
    }

    private static int header(Workbook workbook, Sheet sheet, Template template, String unitName, YearMonth period) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(template.name().toUpperCase(java.util.Locale.ROOT));
        title.setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        String[][] fields = {{"Mẫu số:", template.id()}, {"Đơn vị báo cáo:", unitName},
                {"Kỳ báo cáo:", "Tháng " + period.getMonthValue() + "/" + period.getYear()}, {"Người lập:", ""}};
        for (int i = 0; i < fields.length; i++) {
            Row row = sheet.createRow(2 + i);
            row.createCell(1).setCellValue(fields[i][0]);
            if (!fields[i][1].isEmpty()) {
                row.createCell(2).setCellValue(fields[i][1]);
            }
        }
        return 2 + fields.length + 1;
    }

    private static void headings(Workbook workbook, Sheet sheet, int rowIndex, String... headings) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headings.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(bold);
        }
    }

    private static void signature(Sheet sheet, int rowIndex) {
        sheet.createRow(rowIndex).createCell(4).setCellValue("Người lập biểu");
        sheet.createRow(rowIndex + 1).createCell(4).setCellValue("(Ký, ghi rõ họ tên)");
    }

    private static void value(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** An Excel 2003 workbook when the name says {@code .xls}, as old machines still send. */
    private static Workbook newWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls") ? new HSSFWorkbook()
                : new XSSFWorkbook();
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
