package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an Excel 2003 {@code .xls} with POI's HSSF event API: its records one by one, into the same
 * {@link SheetData} POI's workbook model gives (formulas by their cached result, dates by their cell's
 * format, text typed in an old Vietnamese font converted run by run), without building that model.
 * What it does not understand it leaves to the model: any failure here sends the file to
 * {@link WorkbookReader#readWithPoi}, which reads it or gives the reason it cannot.
 */
final class XlsEventReader {

    private XlsEventReader() {
    }

    /** The sheets of the workbook; throws on anything the workbook model should judge instead. */
    static List<SheetData> read(POIFSFileSystem workbook) throws IOException {
        Listener listener = new Listener();
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        new HSSFEventFactory().processWorkbookEvents(request, workbook);
        return listener.sheets();
    }

    /** The workbook's globals (fonts, formats, strings, sheet names), then each sheet's cells as they come. */
    private static final class Listener implements org.apache.poi.hssf.eventusermodel.HSSFListener {

        private final XlsGlobals globals = new XlsGlobals();
        private final List<SheetData> sheets = new ArrayList<>();
        /** Substreams open: the globals, a sheet, a chart inside a sheet. */
        private int depth;
        private boolean globalsDone;
        private String sheet;
        private TreeMap<Integer, TreeMap<Integer, CellValue>> rows;
        /** A formula whose cached result is text, waiting for the string record after it. */
        private FormulaRecord pendingText;

        @Override
        public void processRecord(Record record) {
            if (pendingText != null) {
                if (record instanceof StringRecord string) {
                    put(pendingText, CellValues.text(sheet, pendingText.getRow(), pendingText.getColumn(),
                            string.getString(), null));
                    pendingText = null;
                    return;
                }
                if (record instanceof SharedFormulaRecord || record instanceof ArrayRecord
                        || record instanceof TableRecord) {
                    return; // between a formula and its text, as the workbook model allows
                }
                pendingText = null; // no text after all: an empty result, as the workbook model reads it
            }
            if (record instanceof BOFRecord bof) {
                begin(bof);
            }
            else if (record instanceof EOFRecord) {
                end();
            }
            else if (record instanceof FontRecord font) {
                globals.add(font);
            }
            else if (record instanceof ExtendedFormatRecord format) {
                globals.add(format);
            }
            else if (record instanceof FormatRecord format) {
                globals.add(format);
            }
            else if (record instanceof BoundSheetRecord bound) {
                globals.add(bound);
            }
            else if (record instanceof SSTRecord sst) {
                globals.strings(sst);
            }
            else if (record instanceof CellValueRecordInterface cell) {
                cell(cell);
            }
            else if (record instanceof MulRKRecord mulRk) {
                for (int i = 0; i < mulRk.getNumColumns(); i++) {
                    int col = mulRk.getFirstColumn() + i;
                    put(mulRk.getRow(), col, number(mulRk.getRow(), col, mulRk.getXFAt(i), mulRk.getRKNumberAt(i)));
                }
            }
        }

        private void cell(CellValueRecordInterface cell) {
            if (cell instanceof LabelSSTRecord label) {
                label(label);
            }
            else if (cell instanceof LabelRecord label) {
                put(label, decoded(label, label.getValue(), null));
            }
            else if (cell instanceof NumberRecord number) {
                number(number, number.getValue());
            }
            else if (cell instanceof RKRecord rk) {
                number(rk, rk.getRKNumber());
            }
            else if (cell instanceof BoolErrRecord boolErr) {
                put(boolErr, boolErr.isBoolean() ? bool(boolErr, boolErr.getBooleanValue())
                        : error(boolErr, boolErr.getErrorValue()));
            }
            else if (cell instanceof FormulaRecord formula) {
                formula(formula);
            }
            else if (rows == null) {
                throw new IllegalStateException("A cell outside any sheet"); // a blank one, else nothing to read
            }
        }

        private void begin(BOFRecord bof) {
            depth++;
            if (!globalsDone) {
                if (depth != 1 || bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    throw new IllegalStateException("The workbook does not begin with its globals");
                }
                return;
            }
            if (depth == 1) {
                sheet = globals.sheetName(sheets.size());
                rows = new TreeMap<>();
            }
        }

        private void end() {
            depth--;
            if (depth == 0 && !globalsDone) {
                globalsDone = true;
            }
            else if (depth == 0 && rows != null) {
                List<SheetData.Row> read = new ArrayList<>();
                rows.forEach((row, cells) -> read.add(new SheetData.Row(row, new ArrayList<>(cells.values()))));
                sheets.add(new SheetData(sheet, read));
                rows = null;
            }
        }

        private void label(LabelSSTRecord label) {
            UnicodeString string = globals.string(label.getSSTIndex());
            put(label, decoded(label, string.getString(), globals.runs(string)));
        }

        private CellValue decoded(CellValueRecordInterface cell, String text, CellValues.Runs runs) {
            CellValues.Decoded decoded = CellValues.decode(text, globals.cellFont(cell.getXFIndex()), runs);
            return CellValues.text(sheet, cell.getRow(), cell.getColumn(), decoded.text(), decoded.legacyFont());
        }

        private void number(CellValueRecordInterface cell, double value) {
            put(cell, number(cell.getRow(), cell.getColumn(), cell.getXFIndex(), value));
        }

        private CellValue number(int row, int col, int xf, double value) {
            return CellValues.number(sheet, row, col, value, globals.isDate(xf, value));
        }

        private CellValue bool(CellValueRecordInterface cell, boolean value) {
            return CellValues.bool(sheet, cell.getRow(), cell.getColumn(), value);
        }

        private CellValue error(CellValueRecordInterface cell, int code) {
            return CellValues.error(sheet, cell.getRow(), cell.getColumn(), code);
        }

        private void formula(FormulaRecord formula) {
            switch (formula.getCachedResultTypeEnum()) {
                case NUMERIC -> number(formula, formula.getValue());
                case STRING -> pendingText = formula;
                case BOOLEAN -> put(formula, bool(formula, formula.getCachedBooleanValue()));
                case ERROR -> put(formula, error(formula, (byte) formula.getCachedErrorValue()));
                default -> {
                }
            }
        }

        private void put(CellValueRecordInterface cell, CellValue value) {
            put(cell.getRow(), cell.getColumn(), value);
        }

        private void put(int row, int col, CellValue value) {
            if (rows == null) {
                throw new IllegalStateException("A cell outside any sheet");
            }
            if (value != null) {
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, value);
            }
        }

        List<SheetData> sheets() {
            if (sheets.size() != globals.sheetCount()) {
                throw new IllegalStateException(globals.sheetCount() + " sheets named, " + sheets.size() + " read");
            }
            return sheets;
        }
    }
}
