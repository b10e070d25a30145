package vn.xanh.intake.internal.writer;

import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What organisations write under an activity log's table, as real logs have it: numbered lines left empty, a
 * totals row, a note, a signature block in one or two columns with the names a few rows lower, "Nơi nhận".
 * The activity sheet's columns: STT | Ngày | Hình thức | Nội dung | Lĩnh vực | Địa bàn | Số người | Thời lượng
 * | Số lượng; the model sheet's: STT | Loại | Tên | Địa bàn | Ngày công nhận.
 */
public final class LogFooters {

    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Mai", "Lê Văn Hùng", "Phạm Thị Hoa",
            "Hoàng Văn Nam", "Đỗ Thị Thu", "Vũ Văn Bình");

    private LogFooters() {
    }

    /** The template's numbered lines left empty, then the totals row; returns the row after it. */
    public static int totals(Sheet sheet, int row, int nextNumber, String label, Integer people, Integer minutes,
            Integer quantity) {
        for (int n = 0; n < 2; n++) {
            sheet.createRow(row++).createCell(0).setCellValue(nextNumber + n);
        }
        Row line = sheet.createRow(row);
        line.createCell(1).setCellValue(label);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 1, 5));
        SubmissionLayout.value(line.createCell(6), people);
        SubmissionLayout.value(line.createCell(7), minutes);
        SubmissionLayout.value(line.createCell(8), quantity);
        return row + 1;
    }

    /** The leader's confirmation on the left, the preparer on the right, the names four rows under the titles. */
    public static void twoSignatures(Sheet sheet, int row, YearMonth period, String unitName) {
        YearMonth sent = period.plusMonths(1);
        text(sheet, row, 1, "XÁC NHẬN CỦA LÃNH ĐẠO");
        text(sheet, row, 6, "Tân Kỳ, ngày 3 tháng " + sent.getMonthValue() + " năm " + sent.getYear());
        text(sheet, row + 1, 6, "NGƯỜI LẬP BIỂU");
        text(sheet, row + 2, 1, "(Ký tên, đóng dấu)");
        text(sheet, row + 2, 6, "(Ký, ghi rõ họ tên)");
        text(sheet, row + 6, 1, name(unitName, 0));
        text(sheet, row + 6, 6, name(unitName, 1));
    }

    /** "Người lập: <name>" two rows under the table. */
    public static void preparer(Sheet sheet, int row, String unitName) {
        text(sheet, row + 1, 1, "Người lập: " + name(unitName, 0));
    }

    /** A note, "Nơi nhận" with its lines on the left, the head's signature on the right. */
    public static void recipients(Sheet sheet, int row, String unitName) {
        text(sheet, row, 0, "Ghi chú: số người tham dự tính theo danh sách điểm danh; ảnh lưu tại văn phòng.");
        text(sheet, row + 2, 1, "Nơi nhận:");
        text(sheet, row + 2, 6, "TM. BAN THƯỜNG TRỰC");
        text(sheet, row + 3, 1, "- Đảng ủy xã (b/c);");
        text(sheet, row + 3, 6, "CHỦ TỊCH");
        text(sheet, row + 4, 1, "- Lưu: VP.");
        text(sheet, row + 7, 6, name(unitName, 2));
    }

    /** Under the model list: an empty numbered line, the count, the preparer's signature and name. */
    public static void models(Sheet sheet, int row, int count, String unitName) {
        sheet.createRow(row).createCell(0).setCellValue(count + 1);
        text(sheet, row + 1, 0, "Tổng cộng");
        text(sheet, row + 1, 2, count + " mô hình");
        text(sheet, row + 3, 2, "NGƯỜI LẬP BIỂU");
        text(sheet, row + 4, 2, "(Ký, ghi rõ họ tên)");
        text(sheet, row + 7, 2, name(unitName, 0));
    }

    private static String name(String unitName, int offset) {
        return NAMES.get((Math.abs(unitName.hashCode()) + offset) % NAMES.size());
    }

    private static void text(Sheet sheet, int row, int col, String text) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        line.createCell(col).setCellValue(text);
    }
}
