package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The DOCTYPE check on any head of an XML part (the first 4,096 bytes, as the guard keeps them): it never throws,
 * never says a part declares something that has no {@code <!} in it, and never misses a DOCTYPE at its start.
 */
class XmlPrologFuzzTests {

    private static final int HEAD = 4096;

    static Stream<Arguments> xmlParts() {
        return FuzzSeeds.xmlParts();
    }

    @MethodSource("xmlParts")
    @FuzzTest(maxDuration = "6s")
    void tellsADeclarationFromARootElement(byte[] part) {
        // given: the head the guard keeps, and whether it is the whole part
        byte[] head = Arrays.copyOf(part, HEAD);
        int length = Math.min(part.length, HEAD);
        boolean whole = part.length <= HEAD;

        // when
        boolean declares = XmlProlog.declaresDoctype(head, length, whole);

        // then: judged on the bytes as the single-byte text they are, when no UTF-16 mark or zero byte makes them other
        boolean singleByte = length < 2 || head[0] != 0 && head[1] != 0 && (head[0] & 0xFF) < 0xFE;
        if (singleByte) {
            String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
            if (whole && !text.contains("<!")) {
                assertThat(declares).as("no declaration in %s", text).isFalse();
            }
            if (text.toUpperCase(Locale.ROOT).startsWith("<!DOCTYPE")) {
                assertThat(declares).as("a DOCTYPE first in %s", text).isTrue();
            }
        }
    }
}
