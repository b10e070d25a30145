package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseQuotesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Thôn Đông Hải                           | “Thôn Đông Hải”
            Mô hình “Chợ không rác thải nhựa”       | “Mô hình ‘Chợ không rác thải nhựa’”
            Mô hình "Chợ xanh" và "Đường hoa"       | “Mô hình ‘Chợ xanh’ và ‘Đường hoa’”
            Yêu cầu „Sinh hoạt chi bộ”              | “Yêu cầu ‘Sinh hoạt chi bộ’”
            Anh ‘Ba’ nói                            | “Anh ‘Ba’ nói”
            ``                                      | “”
            """)
    void quotesTheVietnameseWayAndQuotesWithinAQuotationWithSingleMarks(String text, String quoted) {
        // when
        String written = Vietnamese.quoted(text);

        // then
        assertThat(written).isEqualTo(quoted).doesNotContain("„", "\"");
    }

    @Test
    void nothingToQuoteIsAnEmptyQuotation() {
        // when
        String written = Vietnamese.quoted(null);

        // then
        assertThat(written).isEqualTo("“”");
    }
}
