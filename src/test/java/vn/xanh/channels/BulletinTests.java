package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.channels.internal.Bulletin;
import vn.xanh.channels.internal.Figures;

class BulletinTests {

    @Test
    void theBulletinOfAKnownMonthIsSaidAsAnAnnouncerSaysIt() throws Exception {
        // when
        String bulletin = new Bulletin().write(KnownMonth.figures());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/phat-thanh-test.txt"), bulletin + Bulletin.words(bulletin));

        // then: the loudspeaker's opening, the month and the date of the figures in words
        assertThat(bulletin).startsWith("Kính thưa bà con nhân dân toàn xã Tân Kỳ!");
        assertThat(bulletin).contains("trong tháng mười năm hai nghìn không trăm hai mươi sáu, theo số liệu tổng hợp"
                + " đến ngày hai mươi tám tháng mười một năm hai nghìn không trăm hai mươi sáu.")
                .contains("Trong hai mươi chỉ tiêu xã ta phấn đấu hoàn thành đến năm hai nghìn không trăm ba mươi, đến"
                        + " nay bốn chỉ tiêu đã đạt, bốn chỉ tiêu đang đúng tiến độ, năm chỉ tiêu còn chậm tiến độ, hai"
                        + " chỉ tiêu có nguy cơ không đạt và năm chỉ tiêu chưa có số liệu.");
        // what was achieved, figures read aloud
        assertThat(bulletin).contains("Diện tích trồng trọt đạt tiêu chuẩn thực hành nông nghiệp tốt và hữu cơ:"
                + " hai mươi mốt phần trăm, đã hoàn thành mục tiêu.");
        // the people's targets behind, worst first, each with what a household can do
        assertThat(bulletin).contains("Thứ nhất, về số vụ đốt rơm rạ từ đầu năm: hiện vẫn là một vụ, trong khi mục"
                + " tiêu là không để xảy ra vụ nào. Mỗi gia đình chúng ta có thể thu gom rơm rạ về ủ làm phân");
        assertThat(bulletin).contains("Thứ hai, về tỷ lệ rác hữu cơ được ủ làm phân bón ngay tại chỗ: hiện mới đạt"
                + " ba mươi lăm phẩy hai phần trăm, mục tiêu là tám mươi lăm phần trăm. Mỗi gia đình chúng ta có thể"
                + " ủ vỏ rau, cơm thừa");
        // the models of the month, a family by its village only, numbers in names read; the closing line
        assertThat(bulletin).contains("Trong tháng, xã ghi nhận thêm hai mô hình xanh: Gia đình xanh tại Thôn Đoài;"
                + " Tuyến đường tự quản về môi trường tại Tuyến đường hoa số ba thôn Nam.")
                .contains("Đến nay toàn xã đã có ba mô hình xanh.").doesNotContain("Nguyễn Văn Bình");
        assertThat(bulletin.strip()).endsWith("Xin cảm ơn bà con đã chú ý lắng nghe!");

        // about three minutes read aloud, with nothing a reader would stumble on
        assertThat(Bulletin.words(bulletin)).isBetween(Bulletin.FEWEST_WORDS, Bulletin.MOST_WORDS);
        assertThat(bulletin).doesNotContainPattern("[0-9]").doesNotContain("%").doesNotContainPattern("\\bha\\b")
                .doesNotContain("[").doesNotContain("${");
        for (Indicator indicator : TestWorkbooks.CATALOG.indicators()) {
            assertThat(bulletin).doesNotContain(indicator.code());
        }
    }

    @Test
    void aMonthWithoutModelsAsksForThem() {
        // given: the known month before any model was reported
        Figures known = KnownMonth.figures();
        Figures figures = new Figures(known.catalog(), known.asOf(), known.month(), known.targets(), List.of());

        // when
        String bulletin = new Bulletin().write(figures);

        // then
        assertThat(bulletin).contains("Xã mong các chi bộ, nhà trường, khu dân cư và từng gia đình đăng ký xây dựng"
                + " mô hình xanh.").doesNotContain("Trong tháng, xã ghi nhận thêm");
        assertThat(Bulletin.words(bulletin)).isBetween(Bulletin.FEWEST_WORDS, Bulletin.MOST_WORDS);
    }
}
