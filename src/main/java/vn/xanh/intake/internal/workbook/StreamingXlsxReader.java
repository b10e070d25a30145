package vn.xanh.intake.internal.workbook;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.xanh.catalog.Names;
import vn.xanh.system.Vietnamese;

/**
 * Reads a large {@code .xlsx} (a ward's household register) row by row with POI's streaming SAX
 * reader, so a sheet of a hundred thousand rows fits in a small heap. Refuses sheets with more rows
 * or longer cells than any real report has. Old-font text is converted by the cell's font.
 */
final class StreamingXlsxReader {

    static final int MAX_ROWS = 300_000;
    static final int MAX_CELL_CHARS = 32_767;
    private static final char NUMBER = '\u0001';
    private static final char DATE = '\u0002';

    private StreamingXlsxReader() {
    }

    static List<SheetData> read(Path file) throws Exception {
        List<SheetData> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    Collector collector = new Collector(iterator.getSheetName(), styles);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new TypedHandler(styles, strings, collector));
                    parser.parse(new InputSource(in));
                    sheets.add(new SheetData(iterator.getSheetName(), collector.rows));
                }
            }
        }
        return sheets;
    }

    /** Raw numbers, marked as number or date, instead of the text Excel would show. */
    private static final class RawFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return (DateUtil.isADateFormat(formatIndex, formatString) ? DATE : NUMBER) + Double.toString(value);
        }
    }

    /** Remembers each cell's type and style, which the contents handler is not told. */
    private static final class TypedHandler extends XSSFSheetXMLHandler {

        private final Collector collector;

        TypedHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Collector collector) {
            super(styles, strings, collector, new RawFormatter(), false);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) || "c".equals(qName)) {
                collector.type = attributes.getValue("t");
                String style = attributes.getValue("s");
                collector.style = style == null ? 0 : Integer.parseInt(style);
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<SheetData.Row> rows = new ArrayList<>();
        private final String sheet;
        private final StylesTable styles;
        private final Map<String, String> shortTexts = new HashMap<>();
        private List<CellValue> cells = new ArrayList<>();
        String type;
        int style;

        Collector(String sheet, StylesTable styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        @Override
        public void startRow(int row) {
            if (rows.size() >= MAX_ROWS) {
                throw TooLarge.rows(sheet);
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int row) {
            if (!cells.isEmpty()) {
                rows.add(new SheetData.Row(row, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isEmpty()) {
                return;
            }
            if (value.length() > MAX_CELL_CHARS) {
                throw TooLarge.cell(sheet, reference);
            }
            CellReference ref = new CellReference(reference);
            int row = ref.getRow();
            int col = ref.getCol();
            if ("e".equals(type)) {
                cells.add(new CellValue(sheet, row, col, CellValue.Kind.ERROR, value.replaceFirst("^ERROR:", ""), 0,
                        null));
            }
            else if ("b".equals(type)) {
                cells.add(new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, value, 0, null));
            }
            else if (value.charAt(0) == NUMBER || value.charAt(0) == DATE || type == null || "n".equals(type)) {
                number(row, col, value);
            }
            else {
                text(row, col, value);
            }
        }

        private void number(int row, int col, String value) {
            boolean date = value.charAt(0) == DATE;
            String raw = value.charAt(0) == NUMBER || date ? value.substring(1) : value;
            double number;
            try {
                number = Double.parseDouble(raw);
            }
            catch (NumberFormatException e) {
                text(row, col, value);
                return;
            }
            if (date && DateUtil.isValidExcelDate(number)) {
                LocalDate day = DateUtil.getLocalDateTime(number).toLocalDate();
                cells.add(new CellValue(sheet, row, col, CellValue.Kind.DATE, day.toString(), number, day));
            }
            else {
                cells.add(new CellValue(sheet, row, col, CellValue.Kind.NUMBER, null, number, null));
            }
        }

        private void text(int row, int col, String value) {
            String font = font();
            Optional<LegacyEncoding> encoding = LegacyEncoding.ofFont(font);
            String legacyFont = null;
            String text = value;
            if (encoding.isPresent() && encoding.get().changes(value)) {
                text = encoding.get().decode(value);
                if (LegacyEncoding.capitalsOnly(font)) {
                    text = text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
                }
                legacyFont = font;
            }
            text = Names.nfc(text).strip();
            if (text.isEmpty()) {
                return;
            }
            // A register repeats "x" and "Có" a hundred thousand times: keep one copy of each short text.
            if (text.length() <= 8) {
                text = shortTexts.computeIfAbsent(text, t -> t);
            }
            cells.add(new CellValue(sheet, row, col, CellValue.Kind.TEXT, text, 0, null, legacyFont));
        }

        private String font() {
            // A workbook need not have styles (then every cell has the default font).
            if (styles == null || style <= 0 || style >= styles.getNumCellStyles()) {
                return null;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            return cellStyle == null || cellStyle.getFont() == null ? null : cellStyle.getFont().getFontName();
        }
    }

    /** A sheet too large for any real report; the message is for the clerk. */
    static final class TooLarge extends RuntimeException {

        TooLarge(String message) {
            super(message);
        }

        /** A sheet with more rows than any report has, whichever reader met it. */
        static TooLarge rows(String sheet) {
            return new TooLarge("Không mở được tệp: trang tính " + Vietnamese.quoted(sheet) + " có hơn "
                    + Vietnamese.number(MAX_ROWS) + " dòng, quá lớn cho một báo cáo. Hãy kiểm tra lại tệp.");
        }

        /** A cell longer than any report's, whichever reader met it. */
        static TooLarge cell(String sheet, String reference) {
            return new TooLarge("Không mở được tệp: ô " + reference + " của trang " + Vietnamese.quoted(sheet)
                    + " dài hơn "
                    + Vietnamese.number(MAX_CELL_CHARS) + " ký tự. Hãy kiểm tra lại tệp.");
        }
    }
}
