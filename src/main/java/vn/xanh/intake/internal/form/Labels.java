package vn.xanh.intake.internal.form;

import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Names;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;

/** Matching of column headings and row labels as people type them. */
final class Labels {

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern
            .compile("^([0-9]+[.)]|[a-z][.)]|[-+•])\\s*");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[:.;]+$");

    private Labels() {
    }

    /** A heading matches when one folded text starts with the other (people shorten long headings). */
    static boolean heading(CellValue cell, List<String> aliases) {
        String folded = withoutMarks(Names.fold(cell.asText()));
        if (folded.isEmpty()) {
            return false;
        }
        for (String alias : aliases) {
            String heading = Names.fold(alias);
            if (folded.startsWith(heading) || folded.length() >= 8 && heading.startsWith(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded heading without {@code * : ( )}: every cell of a report's first rows is tried as every heading of
     * every layout, where a regular expression a time was a tenth of reading a small report.
     */
    private static String withoutMarks(String folded) {
        int at = 0;
        while (at < folded.length() && "*:()".indexOf(folded.charAt(at)) < 0) {
            at++;
        }
        if (at == folded.length()) {
            return folded.trim();
        }
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("*:()".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString().trim();
    }

    /** Tried on every cell of a report's first rows for every layout's headings: a loop, not a stream. */
    static Optional<CellValue> findInRow(SheetData.Row row, List<String> aliases) {
        for (CellValue cell : row.cells()) {
            if (heading(cell, aliases)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** A row label without numbering ("1.", "a)", "-") and trailing punctuation, folded. */
    static String rowLabel(String text) {
        return TRAILING.matcher(NUMBERING.matcher(Names.fold(text)).replaceFirst("")).replaceAll("").trim();
    }
}
