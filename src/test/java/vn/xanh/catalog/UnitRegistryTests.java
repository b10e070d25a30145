package vn.xanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Units found by their names as clerks type them. */
class UnitRegistryTests {

    private static final Unit DONG = new Unit("THON_DONG", "Thôn Đông", UnitKind.VILLAGE, null,
            List.of("Đông Thượng"), List.of());
    private static final Unit DOAI = new Unit("THON_DOAI", "Thôn Đoài", UnitKind.VILLAGE, null,
            List.of("Đông Thượng", "Xóm Đoài"), List.of());
    private static final Unit HTX = new Unit("HTX_TAN_KY", "HTX Nông nghiệp Tân Kỳ", UnitKind.COOPERATIVE, null,
            List.of("Thôn Đoài"), List.of());
    private static final UnitRegistry UNITS = new UnitRegistry(List.of(DONG, DOAI, HTX));

    @Test
    void findsAUnitByItsNameOrAliasAsPeopleTypeIt() {
        assertThat(UNITS.find(UnitKind.VILLAGE, "thôn  ĐÔNG")).contains(DONG);
        assertThat(UNITS.find(UnitKind.VILLAGE, "Thon Doai")).contains(DOAI);
        assertThat(UNITS.find(UnitKind.VILLAGE, "Xóm Đoài")).contains(DOAI);
        // "Thôn: Đông" leaves the name as "Đông": the kind's word in front finds it
        assertThat(UNITS.find(UnitKind.VILLAGE, "Đông")).contains(DONG);
        assertThat(UNITS.find(UnitKind.COOPERATIVE, "HTX Nông nghiệp Tân Kỳ")).contains(HTX);
    }

    @Test
    void findsOnlyAmongTheKindsAskedAndTheFirstListedWhereTwoShareAName() {
        assertThat(UNITS.find(UnitKind.VILLAGE, "Đông Thượng")).contains(DONG);
        assertThat(UNITS.find(UnitKind.COOPERATIVE, "Thôn Đông")).isEmpty();
        assertThat(UNITS.find(List.of(UnitKind.COOPERATIVE, UnitKind.VILLAGE), "Thôn Đoài")).contains(HTX);
        assertThat(UNITS.find(UnitKind.MARKET, "Chợ Tân Kỳ")).isEmpty();
        assertThat(UNITS.find(UnitKind.VILLAGE, "Thôn Bắc")).isEmpty();
    }
}
