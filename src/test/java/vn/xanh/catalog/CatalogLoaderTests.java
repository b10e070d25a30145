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

class CatalogLoaderTests {

    @TempDir
    Path dir;

    @Test
    void loadsTheCommunesDefinitions() {
        // when
        Catalog catalog = new CatalogLoader(Path.of("jobs")).load();

        // then: the twenty indicators, the six templates and the sample registry of jobs/units.yml
        assertThat(catalog.indicators()).hasSize(20);
        assertThat(catalog.indicators()).extracting(Indicator::code).containsExactly("NN01", "NN02", "NN03", "NN04",
                "NN05", "NN06", "NN07", "MT01", "MT02", "MT03", "MT04", "XD01", "XD02", "CS01", "CS02", "NL01", "NL02",
                "TM01", "NT01", "NT02");
        assertThat(catalog.templates()).extracting(Template::id).containsExactly("THON", "HTX", "CHO", "XA", "SOHO",
                "HOATDONG");
        assertThat(catalog.units().ofKind(UnitKind.CHI_BO)).hasSize(9);
        assertThat(catalog.units().ofKind(UnitKind.TO_CHUC)).extracting(Unit::code).contains("BAN_XDD", "MTTQ",
                "HOI_CCB");
        assertThat(catalog.modelTypeName("TUYEN_DUONG_TU_QUAN")).isEqualTo("Tuyến đường tự quản về môi trường");
        assertThat(catalog.formName("LOA")).isEqualTo("Phát thanh trên loa truyền thanh");
        assertThat(catalog.activityLogTemplate().orElseThrow().activityLog().forms()).hasSize(10);
        assertThat(catalog.plan().expectations()).extracting(e -> e.code()).contains("SINH_HOAT_CHI_BO");
        assertThat(catalog.plan().report().signatureFor()).isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(catalog.commune().inText()).isEqualTo("xã Tân Kỳ");
        assertThat(catalog.householdMetric()).map(Metric::code).hasValue("HH_TOTAL");
        assertThat(catalog.units().ofKind(UnitKind.VILLAGE)).extracting(Unit::name).containsExactly("Thôn Đông",
                "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Tân Lập", "Thôn Phú Xuân", "Thôn An Lạc");
        assertThat(catalog.units().ofKind(UnitKind.MARKET)).extracting(Unit::name).containsExactly("Chợ Tân Kỳ",
                "Chợ Đông");
        assertThat(catalog.indicator("NN07").orElseThrow().goal().direction()).isEqualTo(Direction.AT_MOST);
        assertThat(catalog.indicator("NL02").orElseThrow().goal().target()).isEqualTo(8.5);
        assertThat(catalog.metric("STRAW_BURNING").orElseThrow().kind()).isEqualTo(MetricKind.FLOW);
        assertThat(catalog.digest().recipients()).isNotEmpty();
    }

    @Test
    void aRatioIndicatorReadsItsNumeratorAndDenominatorAndASumItsOneMetric() {
        // when
        Catalog catalog = new CatalogLoader(Path.of("jobs")).load();

        // then: NN01 is a share of the fruit area, NN02 an area to hold every period, NN07 a count to keep low
        Indicator fruit = catalog.indicator("NN01").orElseThrow();
        assertThat(fruit.formula()).isEqualTo(new Indicator.Formula.Ratio("FRUIT_LOW_EMISSION_HA", "FRUIT_AREA_HA"));
        assertThat(fruit.isRatio()).isTrue();
        assertThat(fruit.metrics()).containsExactly("FRUIT_LOW_EMISSION_HA", "FRUIT_AREA_HA");
        assertThat(fruit.check().atLeast()).isEqualTo(40);
        Indicator rice = catalog.indicator("NN02").orElseThrow();
        assertThat(rice.formula()).isEqualTo(new Indicator.Formula.Sum("RICE_LOW_EMISSION_HA"));
        assertThat(rice.isRatio()).isFalse();
        assertThat(rice.metrics()).containsExactly("RICE_LOW_EMISSION_HA");
        assertThat(rice.goal().maintain()).isTrue();
        assertThat(rice.goal().target()).isEqualTo(112);
        assertThat(rice.goal().achievedBy(112)).isTrue();
        assertThat(rice.goal().achievedBy(111.9)).isFalse();
        Indicator straw = catalog.indicator("NN07").orElseThrow();
        assertThat(straw.goal().lowerIsBetter()).isTrue();
        assertThat(straw.goal().achievedBy(straw.goal().target())).isTrue();
        assertThat(straw.goal().achievedBy(straw.goal().target() + 1)).isFalse();
    }

    @Test
    void theOfficeSubmitsForAllAndOtherAddressesOnlyForTheirOwnUnit() {
        // when
        Catalog catalog = new CatalogLoader(Path.of("jobs")).load();

        // then: the office forwards any unit's report; a village sends its own, a market board its markets'
        UnitRegistry units = catalog.units();
        assertThat(units.byCode("UBND_TAN_KY").orElseThrow().submitsForAll()).isTrue();
        assertThat(units.maySubmitFor("VanPhong.UBND@tanky.haiphong.gov.vn", "THON_NAM")).isTrue();
        assertThat(units.maySubmitFor("thonnam.tanky@example.com", "THON_NAM")).isTrue();
        assertThat(units.maySubmitFor("thondong.tanky@example.com", "THON_NAM")).isFalse();
        assertThat(units.maySubmitFor("bqlcho.tanky@example.com", "CHO_DONG")).isTrue();
        assertThat(units.maySubmitFor("nguoila@example.org", "THON_NAM")).isFalse();
        // and: October closes on 15 November
        assertThat(catalog.schedule().closesOn(java.time.YearMonth.of(2026, 10)))
                .isEqualTo(java.time.LocalDate.of(2026, 11, 15));
    }

    @Test
    void findsUnitsAsPeopleTypeTheirNames() {
        UnitRegistry units = new CatalogLoader(Path.of("jobs")).load().units();

        assertThat(units.find(UnitKind.VILLAGE, "THÔN ĐÔNG")).map(Unit::code).hasValue("THON_DONG");
        assertThat(units.find(UnitKind.VILLAGE, "thôn  Đông")).map(Unit::code).hasValue("THON_DONG");
        assertThat(units.find(UnitKind.VILLAGE, "Thon Dong")).map(Unit::code).hasValue("THON_DONG");
        assertThat(units.find(UnitKind.VILLAGE, "Đoài")).map(Unit::code).hasValue("THON_DOAI");
        assertThat(units.find(UnitKind.COOPERATIVE, "Hợp tác xã Thủy sản Tân Kỳ")).map(Unit::code)
                .hasValue("HTX_TS_TAN_KY");
        assertThat(units.find(UnitKind.OFFICE, "Ủy ban nhân dân xã Tân Kỳ")).map(Unit::code).hasValue("UBND_TAN_KY");
        assertThat(units.find(UnitKind.MARKET_BOARD, "BQL chợ xã Tân Kỳ")).map(Unit::code).hasValue("BQL_CHO_TAN_KY");
        assertThat(units.find(UnitKind.VILLAGE, "Thôn Đông Hải")).isEmpty();
        // organisations and party cells by the abbreviations people write
        List<UnitKind> senders = List.of(UnitKind.TO_CHUC, UnitKind.CHI_BO, UnitKind.OFFICE);
        assertThat(units.find(senders, "Ủy ban Mặt trận Tổ quốc xã")).map(Unit::code).hasValue("MTTQ");
        assertThat(units.find(senders, "Hội LHPN xã")).map(Unit::code).hasValue("HOI_LHPN");
        assertThat(units.find(senders, "Đoàn Thanh niên xã")).map(Unit::code).hasValue("DOAN_TN");
        assertThat(units.find(senders, "Hội CCB xã")).map(Unit::code).hasValue("HOI_CCB");
        assertThat(units.find(senders, "CB thôn An Lạc")).map(Unit::code).hasValue("CB_THON_AN_LAC");
        assertThat(units.find(senders, "UBND xã Tân Kỳ")).map(Unit::code).hasValue("UBND_TAN_KY");
        // a decomposed (NFD) name, as a Mac sends it
        assertThat(units.find(UnitKind.VILLAGE, java.text.Normalizer.normalize("Thôn Đoài",
                java.text.Normalizer.Form.NFD))).map(Unit::code).hasValue("THON_DOAI");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
        // given
        copyJobs();
        Files.writeString(dir.resolve("schedule.yml"), "cron: \"0 0 2 * * *\"\ntime_zone: Asia/Ho_Chi_Minh\n"
                + "tolerance:\n  percent_points: 10\n relative: [0.1\n");

        // then
        assertThatThrownBy(() -> new CatalogLoader(dir).load()).isInstanceOf(CatalogException.class)
                .hasMessageContaining("schedule.yml").hasMessageContaining("dòng").hasMessageContaining("sai cú pháp");
    }

    @Test
    void anIndicatorOverAnUnknownMetricNamesItsLine() throws IOException {
        // given: MT02's numerator misspelt
        copyJobs();
        Path indicators = dir.resolve("indicators.yml");
        Files.writeString(indicators, Files.readString(indicators, StandardCharsets.UTF_8).replace("numerator: HH_CLEAN_WATER",
                "numerator: HH_CLEAN_WATERS"));
        int line = lineOf(indicators, "code: MT02");

        // then
        assertThatThrownBy(() -> new CatalogLoader(dir).load()).isInstanceOf(CatalogException.class)
                .hasMessage("Lỗi trong tệp cấu hình " + indicators + ", dòng " + line
                        + ": chỉ tiêu 'MT02' dùng mã số 'HH_CLEAN_WATERS' không có trong templates.yml");
    }

    @Test
    void aWrongWordNamesWhatIsAllowed() throws IOException {
        copyJobs();
        Path indicators = dir.resolve("indicators.yml");
        Files.writeString(indicators, Files.readString(indicators, StandardCharsets.UTF_8).replaceFirst("direction: at_most",
                "direction: it_nhat"));

        assertThatThrownBy(() -> new CatalogLoader(dir).load()).hasMessageContaining("indicators.yml, dòng")
                .hasMessageContaining("'it_nhat' không hợp lệ; chỉ được dùng: at_least, at_most");
    }

    @Test
    void aPlanExpectationOverAnUnknownFormOrUnitNamesItsLine() throws IOException {
        // given: the broadcasts expected of a form that does not exist
        copyJobs();
        Path plan = dir.resolve("plan.yml");
        Files.writeString(plan, Files.readString(plan, StandardCharsets.UTF_8).replace("form: LOA", "form: LOA_PHUONG"));
        int line = lineOf(plan, "form: LOA_PHUONG");

        // then
        assertThatThrownBy(() -> new CatalogLoader(dir).load()).isInstanceOf(CatalogException.class)
                .hasMessage("Lỗi trong tệp cấu hình " + plan + ", dòng " + line
                        + ": hình thức 'LOA_PHUONG' không có trong mẫu HOATDONG của templates.yml");

        // and: a unit that is not in the registry
        Files.writeString(plan, Files.readString(plan, StandardCharsets.UTF_8).replace("form: LOA_PHUONG", "form: LOA")
                .replace("units: [BAN_XDD]", "units: [BAN_TUYEN_GIAO]"));
        assertThatThrownBy(() -> new CatalogLoader(dir).load()).hasMessageContaining("plan.yml, dòng")
                .hasMessageContaining("đơn vị 'BAN_TUYEN_GIAO' không có trong units.yml");
    }

    @Test
    void unitsAreFoundByTheirMailAddressesAndABadAddressNamesItsLine() throws IOException {
        copyJobs();
        Path units = dir.resolve("units.yml");
        Files.writeString(units, Files.readString(units, StandardCharsets.UTF_8).replace(
                "email: thonnam.tanky@example.com", "email: [thonnam.tanky@example.com, TruongThon.Nam@Example.com]"));
        UnitRegistry registry = new CatalogLoader(dir).load().units();
        assertThat(registry.bySender("truongthon.nam@example.com")).map(Unit::code).hasValue("THON_NAM");
        assertThat(registry.bySender("THONDONG.TANKY@example.com")).map(Unit::code).hasValue("THON_DONG");
        assertThat(registry.bySender("nguoila@example.org")).isEmpty();
        assertThat(registry.byCode("THON_TRUNG").orElseThrow().emails()).isEmpty();

        Files.writeString(units, Files.readString(units, StandardCharsets.UTF_8).replace(
                "email: thonbac.tanky@example.com", "email: thonbac.tanky"));
        assertThatThrownBy(() -> new CatalogLoader(dir).load()).hasMessageContaining("units.yml, dòng")
                .hasMessageContaining("địa chỉ thư 'thonbac.tanky' không đúng dạng");
    }

    private void copyJobs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
