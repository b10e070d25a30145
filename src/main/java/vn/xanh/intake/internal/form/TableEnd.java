package vn.xanh.intake.internal.form;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.xanh.catalog.Names;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;

/**
 * Where a table's entries end: tells, row by row below the heading, an entry (read, and rejected with its cell
 * when faulty) from the rows people put around a table (a totals row, numbered lines left empty, notes, a
 * signature block with its names, "Nơi nhận"), which are passed over. One instance per table, read top down:
 * once a signature block has begun, the names under it are passed over too.
 */
final class TableEnd {

    enum Kind {
        /** An entry of the table, read as one. */
        ENTRY,
        /** A totals row: passed over, its numbers never counted. */
        TOTAL,
        /** Anything else around the table: passed over. */
        PASSED_OVER
    }

    /**
     * What a reader knows of its table.
     *
     * @param firstCol the table's leftmost column (its STT when it has one)
     * @param keys the columns without which a row holds nothing to read
     * @param dateCol the column where a day is typed, or null
     * @param counts the columns of numbers a totals row sums
     * @param recognised whether the row surely holds an entry: a form or type recognised, a day read
     */
    record Shape(int firstCol, List<Integer> keys, Integer dateCol, List<Integer> counts,
            Predicate<SheetData.Row> recognised) {
    }

    /** "Tổng", "Cộng:", "Tổng cộng", "Tổng số …", "Cộng tháng 10": not "Tổng vệ sinh" (a form) nor "Cộng đồng". */
    private static final Pattern TOTAL = Pattern.compile("^[*\\-–.:\\s]*(tong|cong)"
            + "(\\s*[:.(\\-–]|$|\\s+(cong|so|hop|cac|thang|quy|nam|toan|chung)\\b).*");
    private static final Pattern NOTE = Pattern.compile("^[*\\-–.\\s]*(ghi chu|luu y|chu y|chu thich)\\b.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,3}[.)]?$");
    private static final Pattern SIGN_HERE = Pattern.compile("^\\((da )?ky\\b.*|.*\\b(ho ten|dong dau|ky ten)\\b.*");
    private static final Pattern DATE_LINE = Pattern.compile(".*\\bngay\\b.*\\bthang\\b.*");
    private static final Pattern DATE_ATTEMPT = Pattern.compile("^(ngay\\s*)?\\d.*");
    private static final Set<String> TITLES = Set.of("nguoi lap", "nguoi bao cao", "nguoi tong hop", "nguoi ky",
            "nguoi ghi", "xac nhan", "thu truong", "truong thon", "truong ban", "bi thu", "pho bi thu", "chu tich",
            "pho chu tich", "giam doc", "ke toan", "lanh dao", "tm", "t/m", "kt", "dai dien", "can bo phu trach");

    private final Shape shape;
    private boolean signed;

    TableEnd(Shape shape) {
        this.shape = shape;
    }

    /** The kind of the next row below the heading; rows must be given top down. */
    Kind kind(SheetData.Row row) {
        if (shape.recognised().test(row)) {
            return Kind.ENTRY; // a real form, type or day is never hidden, whatever another cell says
        }
        if (isTotal(row)) {
            return Kind.TOTAL;
        }
        if (isNumberedLine(row) || isNote(row)) {
            return Kind.PASSED_OVER;
        }
        boolean recipients = startsWith(first(row), "noi nhan");
        if (recipients || isSignature(row)) {
            // a title in capitals alone may be a section of the table: only a signature's own words start the block
            signed |= recipients || row.cells().stream().anyMatch(TableEnd::signs);
            return Kind.PASSED_OVER;
        }
        if (signed && !dateAttempt(row) || shape.keys().stream().allMatch(col -> row.cellAt(col) == null)) {
            return Kind.PASSED_OVER; // the names under a signature, or nothing in the columns that make an entry
        }
        return Kind.ENTRY;
    }

    /** Whether a cell names a totals row: "Tổng cộng", "Cộng:", "TỔNG SỐ", in any case, with or without marks. */
    static boolean isTotalLabel(CellValue cell) {
        return cell.kind() == CellValue.Kind.TEXT && TOTAL.matcher(Names.fold(cell.text())).matches();
    }

    /** The word in the row's first text, before the numbers, and no day typed. */
    private boolean isTotal(SheetData.Row row) {
        CellValue label = row.cells().stream().filter(c -> c.kind() == CellValue.Kind.TEXT).findFirst().orElse(null);
        return label != null && isTotalLabel(label) && shape.counts().stream().allMatch(col -> label.col() < col)
                && !dateAttempt(row);
    }

    /** An STT and nothing else: the template's numbered lines left empty. */
    private boolean isNumberedLine(SheetData.Row row) {
        if (row.cells().size() != 1 || row.cells().get(0).col() > shape.firstCol()) {
            return false;
        }
        CellValue stt = row.cells().get(0);
        return stt.kind() == CellValue.Kind.NUMBER && stt.number() >= 0 && stt.number() < 1000
                || stt.kind() == CellValue.Kind.TEXT && NUMBERED.matcher(stt.text().strip()).matches();
    }

    /** "Ghi chú: …", "* Ghi chú", or a line of text in the first column only. */
    private boolean isNote(SheetData.Row row) {
        CellValue first = first(row);
        if (first == null || first.kind() != CellValue.Kind.TEXT) {
            return false;
        }
        String folded = Names.fold(first.text());
        return NOTE.matcher(folded).matches() || row.cells().size() == 1 && first.col() <= shape.firstCol()
                && !DATE_ATTEMPT.matcher(folded).matches();
    }

    /** Every cell of the row belongs to a signature block, in one column or two. */
    private static boolean isSignature(SheetData.Row row) {
        return !row.cells().isEmpty() && row.cells().stream().allMatch(TableEnd::isSignatureCell);
    }

    private static boolean isSignatureCell(CellValue cell) {
        return signs(cell) || cell.kind() == CellValue.Kind.TEXT && isCapitalTitle(cell.text());
    }

    /** "(Ký, ghi rõ họ tên)", "Đã ký", "…, ngày … tháng … năm …", a signer's title: the words of a signature. */
    private static boolean signs(CellValue cell) {
        if (cell.kind() != CellValue.Kind.TEXT) {
            return false;
        }
        String folded = Names.fold(cell.text());
        return SIGN_HERE.matcher(folded).matches() || folded.equals("da ky") || DATE_LINE.matcher(folded).matches()
                || isTitle(folded);
    }

    /** "Người lập: …", "Thủ trưởng đơn vị", "TM. Ban Thường trực", "KT. Chủ tịch", "Xác nhận của …". */
    private static boolean isTitle(String folded) {
        String words = folded.replaceAll("[.:,;]", " ").replaceAll("\\s+", " ").strip();
        for (String title : TITLES) {
            if (words.equals(title) || words.startsWith(title + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "NGƯỜI LẬP BIỂU", "BÍ THƯ CHI BỘ": two words or more in capitals, no digit. */
    private static boolean isCapitalTitle(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.strip().split("\\s+").length >= 2;
    }

    /** Something typed as a day where the day goes: a faulty day is an entry's, never a signature's. */
    private boolean dateAttempt(SheetData.Row row) {
        CellValue day = shape.dateCol() == null ? null : row.cellAt(shape.dateCol());
        return day != null && (day.kind() != CellValue.Kind.TEXT || DATE_ATTEMPT.matcher(Names.fold(day.text())).matches());
    }

    private static CellValue first(SheetData.Row row) {
        return row.cells().isEmpty() ? null : row.cells().get(0);
    }

    private static boolean startsWith(CellValue cell, String folded) {
        return cell != null && cell.kind() == CellValue.Kind.TEXT && Names.fold(cell.text()).startsWith(folded);
    }
}
