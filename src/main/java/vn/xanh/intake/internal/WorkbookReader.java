package vn.xanh.intake.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.xanh.catalog.Names;

/**
 * Reads a workbook with POI, recognising {@code .xls} or {@code .xlsx} by content, into plain
 * {@link SheetData}. Formula cells are taken by their cached result, never recalculated.
 */
public final class WorkbookReader {

    /** A workbook that cannot be opened, with the Vietnamese reason. */
    public static final class UnreadableWorkbookException extends Exception {

        public UnreadableWorkbookException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private WorkbookReader() {
    }

    public static List<SheetData> read(Path file) throws UnreadableWorkbookException {
        refuseWhatIsNoWorkbook(file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<SheetData> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(read(sheet));
            }
            return sheets;
        }
        catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("Tệp có mật khẩu nên không đọc được. Hãy bỏ mật khẩu"
                    + " (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.", e);
        }
        catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(reason(e), e);
        }
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** An empty file, or text with a workbook's name, is told apart before POI is asked to open it. */
    private static void refuseWhatIsNoWorkbook(Path file) throws UnreadableWorkbookException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        catch (IOException e) {
            throw new UnreadableWorkbookException("Không mở được tệp: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new UnreadableWorkbookException("Không mở được tệp: tệp rỗng (0 byte), có thể gửi chưa xong."
                    + " Hãy gửi lại tệp.", null);
        }
        if (!java.util.Arrays.equals(head, ZIP) && !java.util.Arrays.equals(head, OLE2)) {
            throw new UnreadableWorkbookException("Không mở được tệp: đây là tệp văn bản (CSV, TXT…) hoặc tệp khác"
                    + " được đặt tên như bảng tính, không phải bảng tính Excel. Hãy mở bằng Excel rồi lưu dưới dạng"
                    + " Sổ làm việc Excel (.xlsx).", null);
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return "Không mở được tệp: tệp nén bất thường (dữ liệu bung ra lớn gấp hàng trăm lần), có thể là tệp"
                        + " độc hại. Hãy lưu lại bảng tính bằng Excel rồi gửi lại.";
            }
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return "Không mở được tệp: tệp chứa khai báo XML không an toàn, có thể là tệp độc hại. Hãy lưu lại"
                        + " bảng tính bằng Excel rồi gửi lại.";
            }
        }
        return "Không mở được tệp: tệp bị hỏng hoặc chưa gửi xong. Hãy mở lại bằng Excel, lưu dưới dạng .xlsx rồi"
                + " gửi lại.";
    }

    private static SheetData read(Sheet sheet) {
        List<SheetData.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<CellValue> cells = new ArrayList<>();
            for (Cell cell : row) {
                CellValue value = read(sheet.getSheetName(), cell);
                if (value != null) {
                    cells.add(value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetData.Row(row.getRowNum(), cells));
            }
        }
        return new SheetData(sheet.getSheetName(), rows);
    }

    private static CellValue read(String sheet, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int row = cell.getRowIndex();
        int col = cell.getColumnIndex();
        return switch (type) {
            case STRING -> {
                String text = Names.nfc(cell.getRichStringCellValue().getString()).strip();
                yield text.isEmpty() ? null : new CellValue(sheet, row, col, CellValue.Kind.TEXT, text, 0, null);
            }
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
                    LocalDate date = DateUtil.getLocalDateTime(number).toLocalDate();
                    yield new CellValue(sheet, row, col, CellValue.Kind.DATE, date.toString(), number, date);
                }
                yield new CellValue(sheet, row, col, CellValue.Kind.NUMBER, null, number, null);
            }
            case BOOLEAN -> new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN,
                    cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0, null);
            case ERROR -> new CellValue(sheet, row, col, CellValue.Kind.ERROR, errorText(cell), 0, null);
            default -> null;
        };
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        }
        catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
