package vn.xanh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.intake.internal.writer.BlankActivityLog;
import vn.xanh.intake.internal.writer.TemplateStyles;

/**
 * The blank workbooks the commune sends to each unit, generated from {@code jobs/}: header fields
 * filled where they can be, drop-down lists for units and yes/no, whole-number and non-negative checks
 * on the value column, code and label columns locked, and a sheet of guidance in Vietnamese. What a
 * clerk fills in and sends back is read by the same intake.
 */
@Component
public class BlankTemplates {

    static final int HOUSEHOLD_ROWS = 2000;
    private static final String[] YES_NO = {"Có", "Không"};

    private final Catalog catalog;

    public BlankTemplates(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One workbook per template and unit, named like {@code mau-THON-thon-dong.xlsx}; returns them. */
    public List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Template template : catalog.templates()) {
            for (Unit unit : catalog.units().ofKinds(template.senders())) {
                Path file = folder.resolve("mau-" + template.id() + "-" + slug(unit.name()) + ".xlsx");
                write(file, template, unit);
                written.add(file);
            }
        }
        return written;
    }

    public void write(Path file, Template template, Unit unit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            Sheet form = workbook.createSheet(template.layout() == Template.Layout.HOUSEHOLD_REGISTER ? "Sổ hộ"
                    : template.layout() == Template.Layout.ACTIVITY_LOG ? "Hoạt động" : "Báo cáo");
            int row = header(form, styles, template, unit);
            switch (template.layout()) {
                case FORM -> formTable(form, styles, template, row);
                case MARKET_ROWS -> marketTable(form, styles, template, unit, row);
                case HOUSEHOLD_REGISTER -> registerTable(form, styles, template, row);
                case ACTIVITY_LOG -> BlankActivityLog.write(workbook, form, styles, template.activityLog(), row);
            }
            if (template.ocop() != null) {
                ocopSheet(workbook.createSheet("OCOP"), styles, template.ocop());
            }
            guidance(workbook.createSheet("Hướng dẫn"), styles, template);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private int header(Sheet sheet, TemplateStyles styles, Template template, Unit unit) {
        cell(sheet, 0, 0, template.name().toUpperCase(Locale.forLanguageTag("vi")), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        String[][] fields = {{"Mẫu số:", template.id()}, {"Đơn vị báo cáo:", unit.name()},
                {"Kỳ báo cáo:", ""}, {"Người lập:", ""}, {"Không phát sinh:", ""}};
        for (int i = 0; i < fields.length; i++) {
            cell(sheet, 2 + i, 1, fields[i][0], styles.label);
            cell(sheet, 2 + i, 2, fields[i][1], i == 0 ? styles.locked : styles.input);
        }
        list(sheet, 3, 3, 2, 2, catalog.units().ofKind(unit.kind()).stream().map(Unit::name).toArray(String[]::new),
                "Chọn tên đơn vị trong danh sách.");
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation period = helper.createValidation(helper.createTextLengthConstraint(OperatorType.BETWEEN, "6",
                "20"), new CellRangeAddressList(4, 4, 2, 2));
        period.createPromptBox("Kỳ báo cáo", "Ghi tháng báo cáo, ví dụ: Tháng 11/2026");
        period.setShowPromptBox(true);
        sheet.addValidationData(period);
        list(sheet, 6, 6, 2, 2, YES_NO, "Chọn “Có” nếu trong tháng không có gì để báo cáo; để trống nếu có số liệu.");
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        return 8;
    }

    private void formTable(Sheet sheet, TemplateStyles styles, Template template, int top) {
        headings(sheet, styles, top, "STT", "Mã số", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú");
        int row = top + 1;
        for (Metric metric : template.metrics()) {
            cell(sheet, row, 0, Integer.toString(row - top), styles.locked);
            cell(sheet, row, 1, metric.code(), styles.locked);
            cell(sheet, row, 2, metric.label(), styles.locked);
            cell(sheet, row, 3, metric.unit(), styles.locked);
            cell(sheet, row, 4, null, styles.input);
            cell(sheet, row, 5, null, styles.input);
            number(sheet, row, row, 4, metric.whole());
            row++;
        }
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 62 * 256);
        sheet.setColumnWidth(4, 14 * 256);
        sheet.setColumnWidth(5, 24 * 256);
        sheet.protectSheet("");
    }

    private void marketTable(Sheet sheet, TemplateStyles styles, Template template, Unit board, int top) {
        List<String> headings = new ArrayList<>(List.of("STT", template.rowUnitColumn().get(0)));
        template.metrics().forEach(metric -> headings.add(metric.label()));
        headings.add("Ghi chú");
        headings(sheet, styles, top, headings.toArray(String[]::new));
        int row = top + 1;
        for (Unit market : catalog.units().marketsOf(board.code())) {
            cell(sheet, row, 0, Integer.toString(row - top), styles.locked);
            cell(sheet, row, 1, market.name(), styles.locked);
            for (int m = 0; m < template.metrics().size(); m++) {
                cell(sheet, row, 2 + m, null, styles.input);
                number(sheet, row, row, 2 + m, template.metrics().get(m).whole());
            }
            cell(sheet, row, 2 + template.metrics().size(), null, styles.input);
            row++;
        }
        for (int c = 1; c < headings.size(); c++) {
            sheet.setColumnWidth(c, 26 * 256);
        }
        sheet.protectSheet("");
    }

    private void registerTable(Sheet sheet, TemplateStyles styles, Template template, int top) {
        List<String> headings = new ArrayList<>(List.of("STT", template.nameColumn().get(0)));
        template.flags().forEach(flag -> headings.add(flag.column().get(0)));
        headings(sheet, styles, top, headings.toArray(String[]::new));
        list(sheet, top + 1, top + HOUSEHOLD_ROWS, 2, 1 + template.flags().size(), YES_NO, null);
        sheet.setColumnWidth(1, 32 * 256);
        for (int c = 2; c < headings.size(); c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private void ocopSheet(Sheet sheet, TemplateStyles styles, Template.OcopTable ocop) {
        headings(sheet, styles, 0, "STT", ocop.nameColumn().get(0), "Hạng sao", ocop.greenColumn().get(0)
                + " (Có/Không)", "Năm công nhận");
        list(sheet, 1, 200, 3, 3, YES_NO, null);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(3, 30 * 256);
    }

    private void guidance(Sheet sheet, TemplateStyles styles, Template template) {
        String[] lines;
        if (template.layout() == Template.Layout.ACTIVITY_LOG) {
            lines = BlankActivityLog.guidance(template, catalog.schedule().reportDeadlineDay());
        }
        else {
            lines = new String[] {
                "HƯỚNG DẪN ĐIỀN " + template.name().toUpperCase(Locale.forLanguageTag("vi")),
                "",
                "1. Ghi kỳ báo cáo ở ô “Kỳ báo cáo”, dạng Tháng 11/2026. Mỗi tháng gửi một tệp.",
                "2. Chỉ ghi vào các ô nền vàng. Cột Mã số, Chỉ tiêu, ĐVT đã khóa: không sửa, không xóa dòng.",
                "3. Ghi số, không ghi chữ: 1234 hoặc 12,5. Để trống ô nếu chưa có số liệu (không ghi 0 thay cho trống).",
                "4. Các chỉ tiêu đếm (hộ, vụ, chiếc, người…) phải là số nguyên, không âm.",
                "5. Phần không được lớn hơn tổng: ví dụ số hộ dùng nước sạch không lớn hơn tổng số hộ.",
                "6. Nếu trong tháng không có gì để báo cáo, chọn “Có” ở ô “Không phát sinh”.",
                "7. Gửi tệp trước ngày " + catalog.schedule().reportDeadlineDay() + " của tháng sau. Nếu tệp bị trả lại,"
                        + " xã gửi kèm bản có đánh dấu các ô cần sửa.",
                "8. Dùng phông chữ Unicode (Times New Roman, Arial). Tệp gõ bằng .VnTime hoặc VNI-Times vẫn đọc được"
                        + " nhưng nên chuyển sang Unicode."};
        }
        for (int i = 0; i < lines.length; i++) {
            cell(sheet, i, 0, lines[i], i == 0 ? styles.title : null);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    private static void headings(Sheet sheet, TemplateStyles styles, int row, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            cell(sheet, row, c, headings[c], styles.heading);
        }
    }

    private static void cell(Sheet sheet, int rowIndex, int col, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A drop-down list; a validation is copied when added, so everything is set before. */
    private static void list(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol, String[] values,
            String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Giá trị không có trong danh sách", "Hãy chọn trong danh sách thả xuống.");
        if (prompt != null) {
            validation.createPromptBox("Hướng dẫn", prompt);
            validation.setShowPromptBox(true);
        }
        sheet.addValidationData(validation);
    }

    private static void number(Sheet sheet, int firstRow, int lastRow, int col, boolean whole) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = whole
                ? helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null)
                : helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, col, col));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Số liệu không hợp lệ", whole ? "Ghi một số nguyên không âm, ví dụ 125."
                : "Ghi một số không âm, ví dụ 12,5.");
        sheet.addValidationData(validation);
    }

    private static String slug(String name) {
        return Names.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
