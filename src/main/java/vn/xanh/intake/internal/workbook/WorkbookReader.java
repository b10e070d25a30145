package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;


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

    /** Above this size an .xlsx is read as a stream (a household register), not held whole in memory. */
    static final long STREAMING_FROM_BYTES = 512 * 1024;

    public static List<SheetData> read(Path file) throws UnreadableWorkbookException {
        // A small report is read from the disk once, and guarded and parsed in memory.
        byte[] small = smallFile(file);
        boolean zip = refuseWhatIsNoWorkbook(file, small);
        if (zip) {
            // The fast path: guarded by the project, read by fastexcel-reader. Old-font workbooks go on to POI.
            try {
                XlsxGuard.Inspection inspection = small != null ? XlsxGuard.inspect(small) : XlsxGuard.inspect(file);
                if (!inspection.legacyFonts()) {
                    return small != null ? FastXlsxReader.read(small) : FastXlsxReader.read(file);
                }
            }
            catch (XlsxGuard.Refused e) {
                throw new UnreadableWorkbookException(e.getMessage(), e);
            }
            catch (StreamingXlsxReader.TooLarge e) {
                throw new UnreadableWorkbookException(e.getMessage(), e);
            }
            catch (Exception e) {
                throw new UnreadableWorkbookException(reason(e), e);
            }
            return readWithPoi(file, true);
        }
        // The fast path for an .xls: POI's event API, without the workbook model it builds.
        try (POIFSFileSystem workbook = small != null ? new POIFSFileSystem(new java.io.ByteArrayInputStream(small))
                : new POIFSFileSystem(file.toFile(), true)) {
            return XlsEventReader.read(workbook);
        }
        catch (StreamingXlsxReader.TooLarge e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        }
        catch (IOException | RuntimeException e) {
            // What the event reader does not understand, the workbook model reads, or says why it cannot.
            return readWithPoi(file, false);
        }
    }

    /** POI's readers: an .xls, an old-font .xlsx, and (in tests) the reference the fast path is held to. */
    static List<SheetData> readWithPoi(Path file, boolean zip) throws UnreadableWorkbookException {
        try {
            if (zip && java.nio.file.Files.size(file) > STREAMING_FROM_BYTES) {
                return StreamingXlsxReader.read(file);
            }
        }
        catch (StreamingXlsxReader.TooLarge e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        }
        catch (Exception e) {
            throw new UnreadableWorkbookException(reason(e), e);
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<SheetData> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (sheet.getPhysicalNumberOfRows() > StreamingXlsxReader.MAX_ROWS) {
                    throw StreamingXlsxReader.TooLarge.rows(sheet.getSheetName());
                }
                sheets.add(read(sheet));
            }
            return sheets;
        }
        catch (StreamingXlsxReader.TooLarge e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        }
        catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(PASSWORD, e);
        }
        catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(reason(e), e);
        }
    }

    private static final String PASSWORD = "Tệp có mật khẩu nên không đọc được. Hãy bỏ mật khẩu (Tệp > Thông tin >"
            + " Bảo vệ sổ làm việc) rồi gửi lại.";
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * An empty file, or text with a workbook's name, is told apart before POI is asked to open it;
     * returns whether the file is a zip (an .xlsx or .xlsm).
     */
    private static boolean refuseWhatIsNoWorkbook(Path file, byte[] content) throws UnreadableWorkbookException {
        byte[] head;
        if (content != null) {
            head = java.util.Arrays.copyOf(content, Math.min(4, content.length));
        }
        else {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            catch (IOException e) {
                throw new UnreadableWorkbookException("Không mở được tệp: " + e.getMessage(), e);
            }
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
        return java.util.Arrays.equals(head, ZIP);
    }

    /** The bytes of a file no larger than a report (a register is read as a stream instead); null otherwise. */
    private static byte[] smallFile(Path file) throws UnreadableWorkbookException {
        try {
            return java.nio.file.Files.size(file) > STREAMING_FROM_BYTES ? null : java.nio.file.Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UnreadableWorkbookException("Không mở được tệp: " + e.getMessage(), e);
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return XlsxGuard.ZIP_BOMB;
            }
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return XlsxGuard.ENTITIES;
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
                CellValues.Decoded decoded = cell.getCellType() == CellType.FORMULA
                        ? new CellValues.Decoded(cell.getRichStringCellValue().getString(), null) : decode(cell);
                yield CellValues.text(sheet, row, col, decoded.text(), decoded.legacyFont());
            }
            case NUMERIC -> CellValues.number(sheet, row, col, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
            case BOOLEAN -> CellValues.bool(sheet, row, col, cell.getBooleanCellValue());
            case ERROR -> CellValues.error(sheet, row, col, cell.getErrorCellValue());
            default -> null;
        };
    }

    /** Converts each run of the cell's text typed in a TCVN3 or VNI font; a cell may mix fonts. */
    private static CellValues.Decoded decode(Cell cell) {
        RichTextString rich = cell.getRichStringCellValue();
        Workbook workbook = cell.getSheet().getWorkbook();
        String cellFont = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
        int[] starts = new int[rich.numFormattingRuns()];
        String[] fonts = new String[starts.length];
        for (int run = 0; run < starts.length; run++) {
            starts[run] = rich.getIndexOfFormattingRun(run);
            fonts[run] = runFont(rich, run, workbook);
        }
        return CellValues.decode(rich.getString(), cellFont, new CellValues.Runs(starts, fonts));
    }

    private static String runFont(RichTextString rich, int run, Workbook workbook) {
        if (rich instanceof XSSFRichTextString xssf) {
            XSSFFont font = xssf.getFontOfFormattingRun(run);
            return font == null ? null : font.getFontName();
        }
        if (rich instanceof HSSFRichTextString hssf) {
            short index = hssf.getFontOfFormattingRun(run);
            return index == HSSFRichTextString.NO_FONT ? null : workbook.getFontAt(index).getFontName();
        }
        return null;
    }
}
