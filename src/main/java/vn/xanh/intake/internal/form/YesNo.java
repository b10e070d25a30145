package vn.xanh.intake.internal.form;

import java.util.Optional;
import java.util.Set;

import vn.xanh.catalog.Names;
import vn.xanh.intake.internal.workbook.CellValue;

/** The yes/no answers of the OCOP list and the household register, as people type them. */
final class YesNo {

    private static final Set<String> YES = Set.of("co", "x", "yes", "1", "dat", "true", "v", "✓");
    private static final Set<String> NO = Set.of("khong", "", "0", "no", "chua", "false", "-", "chua dat", "k");

    private YesNo() {
    }

    /** True or false, or empty when the text is neither. A blank cell means no. */
    static Optional<Boolean> parse(CellValue cell) {
        if (cell == null) {
            return Optional.of(false);
        }
        return parse(cell.asText());
    }

    static Optional<Boolean> parse(String text) {
        String folded = Names.fold(text);
        if (YES.contains(folded)) {
            return Optional.of(true);
        }
        return NO.contains(folded) ? Optional.of(false) : Optional.empty();
    }
}
