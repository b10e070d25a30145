package vn.xanh.intake.internal.workbook;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A large sheet's rows (a household register's) kept in a few growing arrays instead of an object for
 * every row and every cell: a row and its cells are made again each time they are asked for, and die
 * young. Two hundred thousand rows held as objects were about ten objects a row that every collection
 * copied while the sheet was read: a third of a register's intake went to the collector.
 */
final class CompactRows extends AbstractList<SheetData.Row> implements RandomAccess {

    private static final byte NUMBER = 0;
    /** A short text kept once in {@link #shared}: a register repeats "x" and "Có" a hundred thousand times. */
    private static final byte SHARED_TEXT = 1;
    /** A text of its own, its characters in {@link #chars}. */
    private static final byte TEXT = 2;
    /** A rarer kind (a date, a boolean, an error, an old font's text), kept whole in {@link #others}. */
    private static final byte OTHER = 3;
    private static final int SHORT_TEXT = 8;

    private final String sheet;

    private int rowCount;
    private int[] rowIndex = new int[1024];
    /** Where each row's cells start; the row after the last's start is the cell count. */
    private int[] firstCell = new int[1025];

    private int cellCount;
    private int[] cols = new int[4096];
    private byte[] kinds = new byte[4096];
    /** A number's bits, a shared text's index, or a text's start and length in {@link #chars}. */
    private long[] payloads = new long[4096];

    private char[] chars = new char[16384];
    private int charCount;
    private final List<String> shared = new ArrayList<>();
    private final Map<String, Integer> sharedIndex = new HashMap<>();
    private final Map<Integer, CellValue> others = new HashMap<>();

    CompactRows(String sheet) {
        this.sheet = sheet;
    }

    /** Keeps a row's cells (in column order, as the sheet has them); a row of blanks only is no row. */
    @Override
    public boolean add(SheetData.Row row) {
        List<CellValue> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            add(cells.get(i));
        }
        endRow(row.index());
        return true;
    }

    private void add(CellValue cell) {
        if (cellCount == cols.length) {
            int grown = cellCount * 2;
            cols = Arrays.copyOf(cols, grown);
            kinds = Arrays.copyOf(kinds, grown);
            payloads = Arrays.copyOf(payloads, grown);
        }
        cols[cellCount] = cell.col();
        if (cell.kind() == CellValue.Kind.NUMBER && cell.legacyFont() == null) {
            kinds[cellCount] = NUMBER;
            payloads[cellCount] = Double.doubleToRawLongBits(cell.number());
        }
        else if (cell.kind() == CellValue.Kind.TEXT && cell.legacyFont() == null) {
            String text = cell.text();
            if (text.length() <= SHORT_TEXT) {
                kinds[cellCount] = SHARED_TEXT;
                payloads[cellCount] = sharedIndex.computeIfAbsent(text, t -> {
                    shared.add(t);
                    return shared.size() - 1;
                });
            }
            else {
                kinds[cellCount] = TEXT;
                payloads[cellCount] = ((long) append(text) << 32) | text.length();
            }
        }
        else {
            kinds[cellCount] = OTHER;
            others.put(cellCount, cell);
        }
        cellCount++;
    }

    private void endRow(int index) {
        if (cellCount == firstCell[rowCount]) {
            return;
        }
        if (rowCount + 1 == rowIndex.length) {
            rowIndex = Arrays.copyOf(rowIndex, rowIndex.length * 2);
            firstCell = Arrays.copyOf(firstCell, firstCell.length * 2);
        }
        rowIndex[rowCount] = index;
        rowCount++;
        firstCell[rowCount] = cellCount;
    }

    private int append(String text) {
        int start = charCount;
        if (charCount + text.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + text.length()));
        }
        text.getChars(0, text.length(), chars, charCount);
        charCount += text.length();
        return start;
    }

    @Override
    public SheetData.Row get(int row) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException(row);
        }
        int index = rowIndex[row];
        CellValue[] cells = new CellValue[firstCell[row + 1] - firstCell[row]];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cell(index, firstCell[row] + c);
        }
        return new SheetData.Row(index, Arrays.asList(cells));
    }

    private CellValue cell(int row, int at) {
        long payload = payloads[at];
        return switch (kinds[at]) {
            case NUMBER -> new CellValue(sheet, row, cols[at], CellValue.Kind.NUMBER, null,
                    Double.longBitsToDouble(payload), null);
            case SHARED_TEXT -> new CellValue(sheet, row, cols[at], CellValue.Kind.TEXT, shared.get((int) payload), 0,
                    null);
            case TEXT -> new CellValue(sheet, row, cols[at], CellValue.Kind.TEXT,
                    new String(chars, (int) (payload >>> 32), (int) payload), 0, null);
            default -> others.get(at);
        };
    }

    /** Whether a cell is kept whole: a date, a boolean, an error, or a text converted from an old font. */
    public boolean hasWholeCells() {
        return !others.isEmpty();
    }

    @Override
    public int size() {
        return rowCount;
    }
}
