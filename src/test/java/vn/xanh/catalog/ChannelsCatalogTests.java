package vn.xanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs/kenh.yml}: read like the other files of {@code jobs/}, a mistake named by file and line. */
class ChannelsCatalogTests {

    @TempDir
    Path dir;

    @Test
    void readsThePublicAddressAndThePeoplesTargets() {
        Channels channels = new CatalogLoader(Path.of("jobs")).load().channels();

        assertThat(channels.publicUrl()).hasToString("https://tanky.haiphong.gov.vn/chuyen-doi-xanh/");
        assertThat(channels.peopleTargets()).extracting(Channels.PeopleTarget::code)
                .containsExactly("MT03", "MT04", "NN07", "TM01", "CS02", "MT02");
        assertThat(channels.spokenUnit("ha")).isEqualTo("héc-ta");
        assertThat(channels.spokenName("NN02")).isEqualTo("diện tích vùng lúa chất lượng cao giảm phát thải");
        assertThat(channels.privateModelTypes()).containsExactly("GIA_DINH_XANH");
    }

    @Test
    void aPublicAddressThatIsNoAddressNamesItsLine() throws IOException {
        Path file = kenhWith("public_url: https://tanky.haiphong.gov.vn/chuyen-doi-xanh/", "public_url: tanky.gov.vn");
        int line = lineOf(file, "public_url: tanky");

        assertThatThrownBy(() -> new CatalogLoader(dir).load()).isInstanceOf(CatalogException.class)
                .hasMessage("Lỗi trong tệp cấu hình " + file + ", dòng " + line + ": địa chỉ trang công khai"
                        + " 'tanky.gov.vn' không hợp lệ; viết đủ dạng https://ten-mien/duong-dan/");
    }

    @Test
    void anUnknownTargetNamesItsLine() throws IOException {
        Path file = kenhWith("  - code: TM01", "  - code: TM09");
        int line = lineOf(file, "code: TM09");

        assertThatThrownBy(() -> new CatalogLoader(dir).load())
                .hasMessage("Lỗi trong tệp cấu hình " + file + ", dòng " + line
                        + ": mã chỉ tiêu 'TM09' không có trong indicators.yml");
    }

    @Test
    void aSpokenLineWithDigitsIsRefused() throws IOException {
        Path file = kenhWith("MT02: tỷ lệ hộ dân sử dụng nước sạch", "MT02: 100% hộ dân sử dụng nước sạch");

        assertThatThrownBy(() -> new CatalogLoader(dir).load()).hasMessageContaining(file + ", dòng "
                + lineOf(file, "MT02: 100%")).hasMessageContaining("không được có chữ số hoặc dấu %");
    }

    @Test
    void aUnitWithNoSpokenFormIsRefused() throws IOException {
        Path file = kenhWith("  ha: héc-ta\n", "");

        assertThatThrownBy(() -> new CatalogLoader(dir).load()).hasMessageContaining(file + ", dòng")
                .hasMessageContaining("chưa có cách đọc đơn vị 'ha' của chỉ tiêu NN02");
    }

    private Path kenhWith(String text, String replacement) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path kenh = dir.resolve("kenh.yml");
        String original = Files.readString(kenh, StandardCharsets.UTF_8);
        assertThat(original).contains(text);
        Files.writeString(kenh, original.replace(text, replacement), StandardCharsets.UTF_8);
        return kenh;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
