package vn.xanh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Activity logs written by POI as an organisation fills them in: the header fields, the activity table from
 * column C in the organisation's own column order, and whatever rows it puts under it; a sheet "Mô hình" too.
 */
final class SurroundedLogs {

    static final int C = 2;
    static final int D = 3;
    static final int E = 4;
    static final int F = 5;
    static final int G = 6;
    static final int H = 7;
    static final int I = 8;
    static final int J = 9;

    /** The columns from C: STT | Hình thức | Nội dung | Ngày thực hiện | Số lượng | Số người | Thời lượng | Địa điểm. */
    static final Object[] HEADINGS = {C, "STT", D, "Hình thức", E, "Nội dung", F, "Ngày thực hiện", G, "Số lượng", H,
            "Số người tham dự", I, "Thời lượng (phút)", J, "Địa điểm"};

    /** Three activities: 63 people, 225 minutes, a quantity of 12, on the sheet's rows 10 to 12. */
    static final List<Object[]> ACTIVITIES = List.of(
            row(C, 1, D, "Sinh hoạt chi bộ chuyên đề", E, "Chuyển đổi xanh, lối sống xanh", F, LocalDate.of(2026, 10, 12),
                    H, 23, I, 90, J, "Nhà văn hóa"),
            row(C, 2, D, "Ra quân dọn vệ sinh", E, "Thu gom rác tuyến đường trục", F, "20/10/2026", G, 12, H, "40 người",
                    I, 120, J, "Đường trục"),
            row(C, 3, D, "Phát thanh loa", E, "Tuyên truyền phân loại rác", F, "05/10/2026", I, 15, J, "Loa thôn"));

    /** What people put under the table, each kind as real logs have it. */
    enum Around {
        TOTALS(row(C, "Tổng cộng", G, 12, H, 63, I, 225)),
        TOTALS_IN_THE_FORM_COLUMN(row(D, "CỘNG:", G, 12, H, 63, I, 225)),
        TOTALS_IN_THE_DATE_COLUMN_WITHOUT_MARKS(row(F, "tong so", G, "12", H, 63, I, 225)),
        EMPTY_NUMBERED_LINES(row(C, 4), row(C, 5), row(C, "6.")),
        NOTES(row(C, "Ghi chú: số người tham dự tính theo danh sách điểm danh."), row(D, "* Ghi chú", E,
                "ảnh lưu tại văn phòng chi bộ"), row(C, "Các hoạt động của tổ hội báo cáo riêng")),
        SIGNATURE_IN_ONE_COLUMN(row(F, "NGƯỜI LẬP BIỂU"), row(F, "(Ký, ghi rõ họ tên)"), row(), row(), row(),
                row(F, "Nguyễn Văn An")),
        SIGNATURE_IN_TWO_COLUMNS(row(D, "XÁC NHẬN CỦA LÃNH ĐẠO", H, "NGƯỜI LẬP BIỂU"),
                row(D, "(Ký tên, đóng dấu)", H, "(Ký, ghi rõ họ tên)"), row(), row(), row(), row(),
                row(D, "Trần Văn Bình", H, "Nguyễn Thị Hoa")),
        CAPITAL_TITLES(row(D, "TM. BAN THƯỜNG TRỰC", H, "BÍ THƯ CHI BỘ"), row(D, "CHỦ TỊCH HỘI", H, "THỦ TRƯỞNG ĐƠN VỊ"),
                row(), row(D, "Lê Văn Sơn", H, "Đỗ Thị Mai")),
        PREPARER_LINE(row(), row(D, "Người lập: Nguyễn Văn An")),
        DATE_LINE(row(F, "Tân Kỳ, ngày 31 tháng 10 năm 2026"), row(H, "Tân Kỳ, ngày … tháng … năm 2026")),
        RECIPIENTS(row(D, "Nơi nhận:", I, "THỦ TRƯỞNG ĐƠN VỊ"), row(D, "- Đảng ủy xã (b/c);"), row(D, "- Lưu: VP."),
                row(), row(I, "Phạm Văn Cường"));

        final List<Object[]> rows;

        Around(Object[]... rows) {
            this.rows = List.of(rows);
        }
    }

    private SurroundedLogs() {
    }

    /** A row of cells: column, value, column, value… */
    static Object[] row(Object... columnsAndValues) {
        return columnsAndValues;
    }

    /** The log of October 2026: the activity table's headings on row 9, its rows from row 10. */
    static Path log(Path file, String unit, List<Object[]> rows) throws IOException {
        return log(file, unit, rows, null, List.of());
    }

    /** The same, with a sheet "Mô hình" whose rows begin with their own title and headings, from row 1. */
    static Path log(Path file, String unit, List<Object[]> rows, String modelSheet, List<Object[]> models)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Hoạt động");
            write(sheet, 0, row(C, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI XANH THÁNG 10/2026"), day);
            write(sheet, 3, row(C, "Mẫu số:", D, "HOATDONG"), day);
            write(sheet, 4, row(C, "Đơn vị báo cáo:", D, unit), day);
            write(sheet, 5, row(C, "Kỳ báo cáo:", D, "Tháng 10/2026"), day);
            write(sheet, 8, HEADINGS, day);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet, 9 + r, rows.get(r), day);
            }
            if (modelSheet != null) {
                Sheet list = workbook.createSheet(modelSheet);
                for (int r = 0; r < models.size(); r++) {
                    write(list, r, models.get(r), day);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void write(Sheet sheet, int rowIndex, Object[] columnsAndValues, CellStyle day) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            int col = (Integer) columnsAndValues[i];
            Row line = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
            Cell cell = line.createCell(col);
            Object value = columnsAndValues[i + 1];
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(day);
            }
            else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            }
            else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
