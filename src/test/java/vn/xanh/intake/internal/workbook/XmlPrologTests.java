package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A document type is found wherever XML allows one, in any encoding a parser would read, and only there. */
class XmlPrologTests {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    @Test
    void findsADocumentTypeWhereverThePrologAllowsOne() {
        assertThat(declares(DECLARATION + "<!DOCTYPE sst [<!ENTITY a \"b\">]><sst/>")).isTrue();
        assertThat(declares("<!doctype sst><sst/>")).as("any case").isTrue();
        assertThat(declares("\uFEFF" + DECLARATION + "<!DOCTYPE sst><sst/>")).as("after a byte order mark").isTrue();
        assertThat(declares(DECLARATION + "<!-- <sst> is the root --><!DOCTYPE sst><sst/>"))
                .as("after a comment holding what looks like the root").isTrue();
        assertThat(declares(DECLARATION + "<?pi <sst?><!DOCTYPE sst><sst/>")).as("after a processing instruction")
                .isTrue();
        assertThat(declares("<!DOCTYPE sst><sst/>", StandardCharsets.UTF_16)).as("UTF-16 with its mark").isTrue();
        assertThat(declares("<!DOCTYPE sst><sst/>", StandardCharsets.UTF_16LE)).as("UTF-16 without").isTrue();
        assertThat(declares("<!DOCTYPE sst><sst/>", StandardCharsets.UTF_16BE)).isTrue();
    }

    @Test
    void passesAPartThatGoesStraightToItsRootElement() {
        assertThat(declares(DECLARATION + "<sst xmlns=\"x\"><si><t>&lt;!DOCTYPE</t></si></sst>")).isFalse();
        assertThat(declares(DECLARATION + "<!-- Excel --><worksheet/>")).isFalse();
        assertThat(declares("<worksheet/>", StandardCharsets.UTF_16LE)).isFalse();
        assertThat(declares("")).isFalse();
    }

    @Test
    void refusesAPrologThatRunsPastTheHead() {
        byte[] head = (DECLARATION + "<!-- " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);

        assertThat(XmlProlog.declaresDoctype(head, 4096, false)).as("the head of a longer part").isTrue();
        assertThat(XmlProlog.declaresDoctype(head, head.length, true)).as("a whole part that is only a comment")
                .isFalse();
    }

    private static boolean declares(String xml) {
        return declares(xml, StandardCharsets.UTF_8);
    }

    private static boolean declares(String xml, Charset charset) {
        byte[] bytes = xml.getBytes(charset);
        return XmlProlog.declaresDoctype(bytes, bytes.length, true);
    }
}
