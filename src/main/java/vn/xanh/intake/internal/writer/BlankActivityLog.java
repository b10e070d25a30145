package vn.xanh.intake.internal.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.Template;

/**
 * The blank HOATDONG workbook's tables: the activity log with a list of the plan's forms, a date check
 * and whole-number checks, and the "Mô hình" sheet with a list of model types. The lists live on a sheet
 * "Danh mục", since Excel limits a list typed into a check to 255 characters.
 */
public final class BlankActivityLog {

    static final int ROWS = 60;

    private BlankActivityLog() {
    }

    public static void write(Workbook workbook, Sheet sheet, TemplateStyles styles, ActivityLog log, int top) {
        ActivityLog.Columns c = log.columns();
        List<String> headings = List.of("STT", c.date().get(0), c.form().get(0), c.content().get(0),
                c.taskArea().get(0), c.place().get(0), c.participants().get(0), c.minutes().get(0) + " (phút)",
                c.quantity().get(0), c.evidence().get(0));
        heading(sheet, styles, top, headings);
        for (int r = top + 1; r <= top + ROWS; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - top);
            for (int col = 1; col < headings.size(); col++) {
                row.createCell(col).setCellStyle(styles.input);
            }
        }
        Sheet lists = workbook.createSheet("Danh mục");
        lists.createRow(0).createCell(0).setCellValue("Hình thức hoạt động");
        lists.getRow(0).createCell(1).setCellValue("Loại mô hình");
        for (int i = 0; i < Math.max(log.forms().size(), log.models().types().size()); i++) {
            Row row = lists.createRow(i + 1);
            if (i < log.forms().size()) {
                row.createCell(0).setCellValue(log.forms().get(i).name());
            }
            if (i < log.models().types().size()) {
                row.createCell(1).setCellValue(log.models().types().get(i).name());
            }
        }
        lists.setColumnWidth(0, 70 * 256);
        lists.setColumnWidth(1, 40 * 256);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createFormulaListConstraint("'Danh mục'!$A$2:$A$" + (log.forms().size() + 1)),
                top + 1, 2, 2, "Chọn hình thức trong danh sách thả xuống.");
        add(sheet, helper.createDateConstraint(OperatorType.GREATER_OR_EQUAL, "DATE(2020,1,1)", null, "dd/mm/yyyy"),
                top + 1, 1, 1, "Ghi ngày thực hiện trong tháng báo cáo, ví dụ 05/10/2026.");
        add(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), top + 1, 6, 8,
                "Ghi một số nguyên không âm, ví dụ 45.");
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 36 * 256);
        sheet.setColumnWidth(3, 48 * 256);
        for (int col = 4; col < headings.size(); col++) {
            sheet.setColumnWidth(col, 16 * 256);
        }
        Sheet models = workbook.createSheet(log.models().sheet().get(0));
        heading(models, styles, 0, List.of("STT", log.models().typeColumn().get(0), log.models().nameColumn().get(0),
                log.models().placeColumn().get(0), log.models().dateColumn().get(0)));
        DataValidationHelper modelHelper = models.getDataValidationHelper();
        add(models, modelHelper.createFormulaListConstraint("'Danh mục'!$B$2:$B$" + (log.models().types().size() + 1)),
                1, 1, 1, "Chọn loại mô hình trong danh sách thả xuống.");
        models.setColumnWidth(1, 36 * 256);
        models.setColumnWidth(2, 40 * 256);
        models.setColumnWidth(4, 16 * 256);
    }

    public static String[] guidance(Template template, int deadlineDay) {
        List<String> lines = new ArrayList<>(List.of(
                "HƯỚNG DẪN ĐIỀN " + template.name().toUpperCase(Locale.forLanguageTag("vi")),
                "",
                "1. Ghi kỳ báo cáo ở ô “Kỳ báo cáo”, dạng Tháng 11/2026. Mỗi tháng gửi một tệp.",
                "2. Mỗi hoạt động ghi một dòng; ngày thực hiện phải thuộc tháng báo cáo.",
                "3. Cột “Hình thức” chọn trong danh sách: mỗi hình thức là một kênh của kế hoạch.",
                "4. Số người tham dự, thời lượng (phút), số lượng (tin bài, pano, cây, kg…) là số nguyên, không âm;"
                        + " để trống nếu không có.",
                "5. Mô hình được công nhận (Chi bộ xanh, Gia đình xanh…) ghi ở trang “Mô hình”.",
                "6. Nếu trong tháng không có hoạt động, chọn “Có” ở ô “Không phát sinh”.",
                "7. Gửi tệp trước ngày " + deadlineDay + " của tháng sau."));
        template.activityLog().forms().forEach(form -> lines.add("   " + form.code() + ": " + form.name()));
        return lines.toArray(String[]::new);
    }

    private static void heading(Sheet sheet, TemplateStyles styles, int rowIndex, List<String> headings) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        for (int col = 0; col < headings.size(); col++) {
            row.createCell(col).setCellValue(headings.get(col));
            row.getCell(col).setCellStyle(styles.heading);
        }
    }

    private static void add(Sheet sheet, DataValidationConstraint constraint, int firstRow, int firstCol, int lastCol,
            String prompt) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, firstRow + ROWS - 1, firstCol, lastCol));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Giá trị không hợp lệ", prompt);
        validation.createPromptBox("Hướng dẫn", prompt);
        validation.setShowPromptBox(true);
        sheet.addValidationData(validation);
    }

}
