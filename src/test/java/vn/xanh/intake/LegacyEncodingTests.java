package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xanh.intake.internal.workbook.LegacyEncoding;

class LegacyEncodingTests {

    static final String BASES = "aăâeêioôơuưy";
    static final String[] TONES = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    @Test
    void readsTextTypedInTcvn3Fonts() {
        assertThat(LegacyEncoding.TCVN3.decode("Th«n §«ng")).isEqualTo("Thôn Đông");
        assertThat(LegacyEncoding.TCVN3.decode("H¶i Phßng")).isEqualTo("Hải Phòng");
        assertThat(LegacyEncoding.TCVN3.decode("Ch\u00ad¬ng tr×nh hµnh ®éng")).isEqualTo("Chương trình hành động");
        assertThat(LegacyEncoding.TCVN3.decode("T©n Kú")).isEqualTo("Tân Kỳ");
    }

    @Test
    void readsTextTypedInVniFonts() {
        assertThat(LegacyEncoding.VNI.decode("Thoân Ñoâng")).isEqualTo("Thôn Đông");
        assertThat(LegacyEncoding.VNI.decode("Vieät Nam")).isEqualTo("Việt Nam");
        assertThat(LegacyEncoding.VNI.decode("Haûi Phoøng")).isEqualTo("Hải Phòng");
        assertThat(LegacyEncoding.VNI.decode("Ñaûng uûy xaõ Taân Kyø")).isEqualTo("Đảng ủy xã Tân Kỳ");
        assertThat(LegacyEncoding.VNI.decode("ngöôøi daân")).isEqualTo("người dân");
    }

    @Test
    void knowsTheFontsOfEachEncoding() {
        assertThat(LegacyEncoding.ofFont(".VnTime")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncoding.ofFont(".VnArialH")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncoding.capitalsOnly(".VnTimeH")).isTrue();
        assertThat(LegacyEncoding.capitalsOnly(".VnTime")).isFalse();
        assertThat(LegacyEncoding.ofFont("VNI-Times")).contains(LegacyEncoding.VNI);
        assertThat(LegacyEncoding.ofFont("Times New Roman")).isEmpty();
    }

    @Test
    void everyVietnameseLetterHasItsVniForm() throws IOException {
        Set<String> produced = outputs("/legacy/vni.txt");
        for (String letter : letters()) {
            for (String form : new String[] {letter, letter.toUpperCase(Locale.ROOT)}) {
                assertThat(produced.contains(form) || form.matches("[a-zA-Z]")).as("VNI %s", form).isTrue();
            }
        }
    }

    @Test
    void everyVietnameseLetterHasItsTcvn3Form() throws IOException {
        Set<String> produced = outputs("/legacy/tcvn3.txt");
        for (String letter : letters()) {
            // capitals are the same codes shown by the .VnTimeH fonts
            assertThat(produced.contains(letter) || letter.matches("[a-z]")).as("TCVN3 %s", letter).isTrue();
        }
        assertThat(produced).contains("Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư");
    }

    private static Set<String> letters() {
        Set<String> letters = new HashSet<>();
        for (char base : BASES.toCharArray()) {
            for (String tone : TONES) {
                letters.add(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        // twelve vowels in six tones each, and đ
        assertThat(letters).hasSize(73);
        return letters;
    }

    private static Set<String> outputs(String resource) throws IOException {
        Set<String> outputs = new HashSet<>();
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    outputs.add(line.split("\t")[1].trim());
                }
            }
        }
        return outputs;
    }
}
