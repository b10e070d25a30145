package vn.xanh.intake.internal;

import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Names;

/** Matching of column headings and row labels as people type them. */
final class Labels {

    private static final java.util.regex.Pattern HEADING_MARKS = java.util.regex.Pattern.compile("[*:()]");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern
            .compile("^([0-9]+[.)]|[a-z][.)]|[-+•])\\s*");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[:.;]+$");

    private Labels() {
    }

    /** A heading matches when one folded text starts with the other (people shorten long headings). */
    static boolean heading(CellValue cell, List<String> aliases) {
        String folded = HEADING_MARKS.matcher(Names.fold(cell.asText())).replaceAll("").trim();
        if (folded.isEmpty()) {
            return false;
        }
        return aliases.stream().map(Names::fold).anyMatch(alias -> folded.startsWith(alias)
                || folded.length() >= 8 && alias.startsWith(folded));
    }

    static Optional<CellValue> findInRow(SheetData.Row row, List<String> aliases) {
        return row.cells().stream().filter(cell -> heading(cell, aliases)).findFirst();
    }

    /** A row label without numbering ("1.", "a)", "-") and trailing punctuation, folded. */
    static String rowLabel(String text) {
        return TRAILING.matcher(NUMBERING.matcher(Names.fold(text)).replaceFirst("")).replaceAll("").trim();
    }
}
