package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an {@code .xlsx} with fastexcel-reader (StAX, no workbook model, no rich-text objects) into
 * the same {@link SheetData} POI's readers give. Only called after {@link XlsxGuard} passed the file
 * and found no old Vietnamese font in it, so no text needs converting here.
 */
final class FastXlsxReader {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    /**
     * From this size a workbook's sheets are read on two cores ({@link SheetOnTwoCores}): a register of 20,000
     * households (about 500 KB) is still read from memory, and its rows took as long to turn into cells as to parse.
     */
    static final long TWO_CORES_FROM_BYTES = 128 * 1024;

    private FastXlsxReader() {
    }

    /** A workbook read from its file; a large sheet (a register's) is parsed and turned into cells on two cores. */
    static List<SheetData> read(Path file) throws IOException {
        boolean large = Files.size(file) > TWO_CORES_FROM_BYTES;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            return read(workbook, large);
        }
    }

    /** A workbook already in memory (a village's report), read without opening its file again. */
    static List<SheetData> read(byte[] workbook) throws IOException {
        return read(workbook, workbook.length > TWO_CORES_FROM_BYTES);
    }

    /** The same, its sheets read on two cores or on one as asked: the fuzz tests hold one way to the other. */
    static List<SheetData> read(byte[] workbook, boolean onTwoCores) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(workbook), OPTIONS)) {
            return read(book, onTwoCores);
        }
    }

    private static List<SheetData> read(ReadableWorkbook workbook, boolean large) throws IOException {
        List<SheetData> sheets = new ArrayList<>();
        for (Iterator<Sheet> it = workbook.getSheets().iterator(); it.hasNext();) {
            Sheet sheet = it.next();
            sheets.add(large ? SheetOnTwoCores.read(sheet) : read(sheet));
        }
        return sheets;
    }

    private static SheetData read(Sheet sheet) throws IOException {
        FastRows rows = FastRows.of(sheet.getName());
        try (Stream<Row> stream = sheet.openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                rows.add(it.next());
            }
        }
        return rows.sheet();
    }
}
