package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import vn.xanh.facts.Problem;

/**
 * What the parser must give for any workbook, however made: a workbook accepted, or one rejected with at least
 * one error, each a Vietnamese sentence for the clerk (never an exception's text).
 */
final class FuzzedWorkbooks {

    /** A letter only Vietnamese among the languages a report is written in. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]");

    private FuzzedWorkbooks() {
    }

    static void assertAcceptedOrCleanlyRejected(ParsedWorkbook parsed) {
        assertThat(parsed).isNotNull();
        assertThat(parsed.problems()).doesNotContainNull();
        if (parsed.accepted()) {
            return;
        }
        for (Problem error : parsed.errors()) {
            assertThat(error.message()).as("the reason the clerk reads").isNotBlank()
                    .containsPattern(VIETNAMESE).doesNotContain("Exception").doesNotContain("java.");
        }
    }
}
