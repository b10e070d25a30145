package vn.xanh.intake.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.xanh.catalog.Names;

/**
 * Reads an {@code .xlsx} with fastexcel-reader (StAX, no workbook model, no rich-text objects) into
 * the same {@link SheetData} POI's readers give. Only called after {@link XlsxGuard} passed the file
 * and found no old Vietnamese font in it, so no text needs converting here.
 */
final class FastXlsxReader {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!",
            "#PYTHON!");

    private FastXlsxReader() {
    }

    static List<SheetData> read(Path file) throws IOException {
        boolean large = Files.size(file) > WorkbookReader.STREAMING_FROM_BYTES;
        List<SheetData> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            for (Iterator<Sheet> it = workbook.getSheets().iterator(); it.hasNext();) {
                Sheet sheet = it.next();
                sheets.add(large ? readOnTwoCores(sheet) : read(sheet));
            }
        }
        return sheets;
    }

    /** A small workbook already in memory (a village's report), read without opening its file again. */
    static List<SheetData> read(byte[] workbook) throws IOException {
        List<SheetData> sheets = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(workbook), OPTIONS)) {
            for (Iterator<Sheet> it = book.getSheets().iterator(); it.hasNext();) {
                sheets.add(read(it.next()));
            }
        }
        return sheets;
    }

    private static SheetData read(Sheet sheet) throws IOException {
        Rows rows = new Rows(sheet.getName());
        try (Stream<Row> stream = sheet.openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                rows.add(it.next());
            }
        }
        return rows.sheet();
    }

    /** Rows handed from the parsing thread to the converting one at a time. */
    private static final int BATCH_ROWS = 1024;
    private static final Object END = new Object();

    /**
     * A large sheet (a household register) on two cores: fastexcel-reader parses the XML on a thread of its own
     * while this one turns the rows it gave into cells, a thousand rows at a time through a short queue, so no
     * more than a few thousand parsed rows wait at once. Turning rows into cells was as long as parsing them.
     */
    private static SheetData readOnTwoCores(Sheet sheet) throws IOException {
        Rows rows = new Rows(sheet.getName());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread parser = new Thread(() -> parse(sheet, queue, stop), "xanh-sheet-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            for (Object batch = queue.take(); batch != END; batch = queue.take()) {
                if (batch instanceof Throwable failure) {
                    throw rethrown(failure);
                }
                for (Object row : (List<?>) batch) {
                    rows.add((Row) row);
                }
            }
            return rows.sheet();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while reading sheet " + sheet.getName());
        }
        finally {
            // A sheet found too large stops the parser too, before the workbook under it is closed.
            stop.set(true);
            queue.clear();
            try {
                parser.join(10_000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The parsing thread: rows in batches, then {@link #END} or what went wrong. */
    private static void parse(Sheet sheet, BlockingQueue<Object> queue, AtomicBoolean stop) {
        Object last = END;
        try (Stream<Row> stream = sheet.openStream()) {
            List<Row> batch = new ArrayList<>(BATCH_ROWS);
            for (Iterator<Row> it = stream.iterator(); it.hasNext() && !stop.get();) {
                batch.add(it.next());
                if (batch.size() == BATCH_ROWS) {
                    if (!put(queue, batch, stop)) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!batch.isEmpty() && !put(queue, batch, stop)) {
                return;
            }
        }
        catch (Throwable failure) {
            last = failure;
        }
        put(queue, last, stop);
    }

    private static boolean put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    /** A sheet's rows as they are turned into cells. */
    private static final class Rows {

        private final String name;
        private final List<SheetData.Row> rows = new ArrayList<>();
        /** A register repeats "x" and "Có" a hundred thousand times: keep one copy of each short text. */
        private final Map<String, String> shortTexts = new HashMap<>();
        /** Whether a number format shows a date: asked of POI once per format, not once per number. */
        private final Map<Integer, Boolean> dateFormats = new HashMap<>();

        Rows(String name) {
            this.name = name;
        }

        void add(Row row) {
            if (rows.size() >= StreamingXlsxReader.MAX_ROWS) {
                throw new StreamingXlsxReader.TooLarge("Không mở được tệp: trang tính „" + name + "” có hơn "
                        + VietnameseNumber.format(StreamingXlsxReader.MAX_ROWS)
                        + " dòng, quá lớn cho một báo cáo. Hãy kiểm tra lại tệp.");
            }
            List<CellValue> cells = new ArrayList<>(Math.max(row.getPhysicalCellCount(), 1));
            int rowIndex = -1;
            for (int c = 0; c < row.getCellCount(); c++) {
                Cell cell = row.getCell(c);
                CellValue value = cell == null ? null : read(name, cell, shortTexts, dateFormats);
                if (value != null) {
                    cells.add(value);
                    rowIndex = value.row();
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetData.Row(rowIndex, cells));
            }
        }

        SheetData sheet() {
            return new SheetData(name, rows);
        }
    }

    private static CellValue read(String sheet, Cell cell, Map<String, String> shortTexts,
            Map<Integer, Boolean> dateFormats) {
        int row = cell.getAddress().getRow();
        int col = cell.getColumnIndex();
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> number(sheet, row, col, cell, (BigDecimal) value, dateFormats);
            case BOOLEAN -> new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, ((Boolean) value) ? "TRUE" : "FALSE",
                    0, null);
            case ERROR -> new CellValue(sheet, row, col, CellValue.Kind.ERROR, cell.getRawValue(), 0, null);
            case STRING -> text(sheet, row, col, (String) value, shortTexts);
            // A formula, by its cached result; fastexcel tells the result's kind only by the value's class.
            case FORMULA -> {
                if (value instanceof BigDecimal number) {
                    yield number(sheet, row, col, cell, number, dateFormats);
                }
                if (value instanceof Boolean yes) {
                    yield new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, yes ? "TRUE" : "FALSE", 0, null);
                }
                if (value instanceof String text) {
                    yield ERRORS.contains(text) ? new CellValue(sheet, row, col, CellValue.Kind.ERROR, text, 0, null)
                            : text(sheet, row, col, text, shortTexts);
                }
                yield null;
            }
        };
    }

    private static CellValue number(String sheet, int row, int col, Cell cell, BigDecimal value,
            Map<Integer, Boolean> dateFormats) {
        if (value == null) {
            return null;
        }
        double number = Double.parseDouble(cell.getRawValue());
        Integer format = cell.getDataFormatId();
        boolean date = format != null && dateFormats.computeIfAbsent(format, f -> isDateFormat(cell));
        if (date && DateUtil.isValidExcelDate(number)) {
            LocalDate day = DateUtil.getLocalDateTime(number).toLocalDate();
            return new CellValue(sheet, row, col, CellValue.Kind.DATE, day.toString(), number, day);
        }
        return new CellValue(sheet, row, col, CellValue.Kind.NUMBER, null, number, null);
    }

    private static boolean isDateFormat(Cell cell) {
        Integer index = cell.getDataFormatId();
        if (index == null) {
            return false;
        }
        String format = cell.getDataFormatString();
        return DateUtil.isADateFormat(index, format != null ? format : BuiltinFormats.getBuiltinFormat(index));
    }

    private static CellValue text(String sheet, int row, int col, String value, Map<String, String> shortTexts) {
        if (value == null) {
            return null;
        }
        String text = Names.nfc(value).strip();
        if (text.length() > StreamingXlsxReader.MAX_CELL_CHARS) {
            throw new StreamingXlsxReader.TooLarge("Không mở được tệp: ô " + new CellValue(sheet, row, col,
                    CellValue.Kind.TEXT, "", 0, null).ref() + " của trang „" + sheet + "” dài hơn "
                    + VietnameseNumber.format(StreamingXlsxReader.MAX_CELL_CHARS) + " ký tự. Hãy kiểm tra lại tệp.");
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= 8) {
            text = shortTexts.computeIfAbsent(text, t -> t);
        }
        return new CellValue(sheet, row, col, CellValue.Kind.TEXT, text, 0, null);
    }
}
