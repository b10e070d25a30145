package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text someone else chose: shown without controls, logged on one line, named within bytes. */
class ForeignTextTests {

    @Test
    void controlsOfEveryKindAreRemovedFromShownText() {
        assertThat(ForeignText.clean("Thôn\u202E Đông\u2067\u200D\u00AD\u0007\u009B\r\nNam\u2028"))
                .isEqualTo("Thôn Đông    Nam ");
        assertThat(ForeignText.cleanLines("dòng 1\r\ndòng\u202E 2\u0000\n")).isEqualTo("dòng 1\ndòng 2 \n");
        assertThat(ForeignText.clean(null)).isNull();
    }

    @Test
    void aLogLineCannotPoseAsTwo() {
        assertThat(ForeignText.forLog("bao-cao.xlsx\n12:00 INFO giả mạo\r\u2028"))
                .isEqualTo("bao-cao.xlsx\\n12:00 INFO giả mạo\\r\\u2028");
    }

    @Test
    void aNameIsCutWithinTwoHundredBytesOnACharacterBoundaryWithItsExtension() {
        // given: "ễ" composed is 3 bytes; decomposed (e, circumflex, tilde) it is composed first
        String decomposed = "e\u0302\u0303".repeat(115) + ".xlsx";

        // when
        String name = ForeignText.fitName(decomposed);

        // then
        assertThat(name).isEqualTo("ễ".repeat(65) + ".xlsx");
        assertThat(ForeignText.bytes(ForeignText.numbered(name, 12))).isLessThanOrEqualTo(200);
        assertThat(ForeignText.numbered(name, 12)).endsWith("ễ (12).xlsx");
        assertThat(ForeignText.fitName("bao-cao." + "ễ".repeat(100))).hasSizeLessThan(100)
                .startsWith("bao-cao.ễ");
        assertThat(ForeignText.fitName("Báo cáo.xlsx")).isEqualTo("Báo cáo.xlsx");
    }
}
