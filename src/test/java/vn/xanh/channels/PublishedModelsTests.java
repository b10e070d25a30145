package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.channels.internal.Bulletin;
import vn.xanh.channels.internal.Figures;
import vn.xanh.channels.internal.Pictures;
import vn.xanh.channels.internal.PublicPage;
import vn.xanh.channels.internal.QrCode;
import vn.xanh.facts.GreenModel;

/** What the people's channels say of green models: a family by its village, never by its name or address. */
class PublishedModelsTests {

    /** What the workbooks said of people and their homes: none of it may be published. */
    static final List<String> PRIVATE = List.of("Trần Văn Hùng", "xóm 3", "Lê Thị Mai", "xóm Chợ", "Phạm Văn Tú",
            "Hoa Sữa", "Nguyễn Văn Tư", "Mả Ngòi");

    @Test
    void privateModelsShowTheirTypeAndVillageAndPersonLikeNamesOnlyTheirType() throws Exception {
        // given: the known month with five models, three of families, one named after its farmer, one school
        Figures known = KnownMonth.figures();
        Figures figures = new Figures(known.catalog(), known.asOf(), known.month(), known.targets(), List.of(
                model("GIA_DINH_XANH", "Gia đình ông Trần Văn Hùng", "Hộ ông Trần Văn Hùng, xóm 3", "CB_THON_NAM"),
                model("GIA_DINH_XANH", "Gia đình bà Lê Thị Mai", "Nhà bà Mai, xóm Chợ, thôn Đoài", "HOI_LHPN"),
                model("GIA_DINH_XANH", "Hộ anh Phạm Văn Tú", "Số 12 đường Hoa Sữa", "HOI_LHPN"),
                model("SAN_XUAT_XANH", "Ông Nguyễn Văn Tư trồng rau hữu cơ", "Cánh đồng Mả Ngòi", "HOI_ND"),
                model("NHA_TRUONG_XANH", "Trường Tiểu học Tân Kỳ", "thôn Trung", "CB_TRUONG_HOC")));
        Path dir = Files.createTempDirectory("xanh-models");

        // when: the bulletin, the public page and the infographic are written
        String bulletin = new Bulletin().write(figures);
        new PublicPage(PublicPageFixture.engine()).write(Files.createDirectories(dir.resolve("cong-khai")), figures, null);
        Pictures.infographic(dir.resolve("infographic.png"), figures, QrCode.of("https://tanky.example/"));

        // then: each family by its village from units.yml (the place's, else the reporter's), else the commune
        String page = Files.readString(dir.resolve("cong-khai/mo-hinh.html"), StandardCharsets.UTF_8);
        assertThat(bulletin).contains("Gia đình xanh tại Thôn Nam; Gia đình xanh tại Thôn Đoài; Gia đình xanh tại"
                + " xã Tân Kỳ; Mô hình sản xuất xanh tại xã Tân Kỳ; Nhà trường xanh tại Trường Tiểu học Tân Kỳ.");
        assertThat(page).contains("Thôn Nam").contains("Thôn Đoài").contains("xã Tân Kỳ").contains("Thôn Trung")
                .contains("Mô hình sản xuất xanh").contains("Trường Tiểu học Tân Kỳ");
        // and: no name or address typed in a workbook, anywhere
        String index = Files.readString(dir.resolve("cong-khai/index.html"), StandardCharsets.UTF_8);
        String picture = new String(Files.readAllBytes(dir.resolve("infographic.png")), StandardCharsets.UTF_8);
        for (String typed : PRIVATE) {
            assertThat(bulletin).doesNotContain(typed);
            assertThat(page).doesNotContain(typed);
            assertThat(index).doesNotContain(typed);
            assertThat(picture).doesNotContain(typed);
        }
    }

    private static GreenModel model(String type, String name, String place, String unit) {
        return new GreenModel(type, name, place, LocalDate.of(2026, 10, 12), unit, KnownMonth.OCTOBER);
    }
}
