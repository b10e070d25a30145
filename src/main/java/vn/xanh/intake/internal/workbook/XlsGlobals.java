package vn.xanh.intake.internal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The globals of an {@code .xls} as {@link XlsEventReader} meets them (fonts, cell formats, number
 * formats, shared strings, sheet names), and what a cell needs of them: its font, whether its number
 * is a date, its text's runs of fonts.
 */
final class XlsGlobals {

    private final List<String> fontNames = new ArrayList<>();
    private final List<ExtendedFormatRecord> formats = new ArrayList<>();
    private final Map<Integer, String> formatStrings = new HashMap<>();
    private final List<String> sheetNames = new ArrayList<>();
    private SSTRecord strings;

    void add(FontRecord font) {
        fontNames.add(font.getFontName());
    }

    void add(ExtendedFormatRecord format) {
        formats.add(format);
    }

    void add(FormatRecord format) {
        formatStrings.put(format.getIndexCode(), format.getFormatString());
    }

    void add(BoundSheetRecord bound) {
        sheetNames.add(bound.getSheetname());
    }

    void strings(SSTRecord sst) {
        strings = sst;
    }

    int sheetCount() {
        return sheetNames.size();
    }

    /** The i-th sheet substream is the i-th sheet named in the globals, as the workbook model pairs them. */
    String sheetName(int substream) {
        if (substream >= sheetNames.size()) {
            throw new IllegalStateException("More sheet substreams than sheet names");
        }
        return sheetNames.get(substream);
    }

    UnicodeString string(int index) {
        if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
            // Left to the workbook model, as every record the event reader does not understand.
            throw new IllegalStateException("A cell refers to shared string " + index + ", which the workbook lacks");
        }
        return strings.getString(index);
    }

    /** The fonts of a shared string's runs of text. */
    CellValues.Runs runs(UnicodeString string) {
        int runs = string.getFormatRunCount();
        int[] starts = new int[runs];
        String[] fonts = new String[runs];
        for (int i = 0; i < runs; i++) {
            starts[i] = string.getFormatRun(i).getCharacterPos();
            int font = string.getFormatRun(i).getFontIndex();
            fonts[i] = font == 0 ? null : fontName(font); // no font: the cell's own
        }
        return new CellValues.Runs(starts, fonts);
    }

    /** The font of the cell format {@code xf}. */
    String cellFont(int xf) {
        return fontName(format(xf).getFontIndex());
    }

    /** Whether {@code value} in the cell format {@code xf} is a date, as the workbook model judges it. */
    boolean isDate(int xf, double value) {
        int index = format(xf).getFormatIndex();
        String pattern = formatStrings.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index));
        return DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(index, pattern);
    }

    private ExtendedFormatRecord format(int xf) {
        if (xf < 0 || xf >= formats.size()) {
            throw new IllegalStateException("No cell format " + xf);
        }
        return formats.get(xf);
    }

    /** Font 4 does not exist in an .xls: the indexes above it count one too many, as the workbook model has it. */
    private String fontName(int index) {
        int at = index > 4 ? index - 1 : index;
        if (at < 0 || at >= fontNames.size()) {
            throw new IllegalStateException("No font " + index);
        }
        return fontNames.get(at);
    }
}
