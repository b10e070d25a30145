package vn.xanh.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules every reader of a result shares: what needs attention, whether the status changed, a baseline alone. */
class IndicatorResultTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @Test
    void behindAtRiskOrFallenBackNeedsAttentionAndNotYetJudgedNever() {
        // given / when / then
        assertThat(result("MT02", Status.CHAM, false).needsAttention()).isTrue();
        assertThat(result("MT02", Status.NGUY_CO, false).needsAttention()).isTrue();
        assertThat(result("MT02", Status.DUNG_TIEN_DO, true).needsAttention()).isTrue();
        assertThat(result("MT02", Status.DUNG_TIEN_DO, false).needsAttention()).isFalse();
        assertThat(result("MT02", Status.DAT, false).needsAttention()).isFalse();
        assertThat(result("MT02", Status.CHUA_DANH_GIA, false).needsAttention()).isFalse();
        assertThat(result("MT02", Status.KHONG_DU_LIEU, false).needsAttention()).isFalse();
    }

    @Test
    void theStatusChangedWhenTheSameIndicatorStoodElsewhereBefore() {
        // given: MT02 was on course, NN01 was behind, MT03 was not computed
        List<IndicatorResult> before = List.of(result("MT02", Status.DUNG_TIEN_DO, false),
                result("NN01", Status.CHAM, false));

        // when / then
        assertThat(result("MT02", Status.CHAM, false).changedSince(before)).map(IndicatorResult::status)
                .hasValue(Status.DUNG_TIEN_DO);
        assertThat(result("NN01", Status.CHAM, false).changedSince(before)).isEmpty();
        assertThat(result("MT03", Status.CHAM, false).changedSince(before)).isEmpty();
    }

    @Test
    void nothingMeasuredIsNeitherJudgedNorProjectedNorNeedsAttention() {
        // given: no unit reported for MT02
        IndicatorResult none = IndicatorResult.noData("MT02", AS_OF,
                new IndicatorResult.Measured(null, 100, null, null, 0, 8), null);

        // when / then
        assertThat(none.status()).isEqualTo(Status.KHONG_DU_LIEU);
        assertThat(none.progress()).isEqualTo(IndicatorResult.Progress.NONE);
        assertThat(none.outlook().forecast()).isEqualTo(Forecast.CHUA_DU_DU_LIEU);
        assertThat(none.outlook().gainPerYear()).isNull();
        assertThat(none.needsAttention()).isFalse();
        assertThat(none.baselineOnly()).isEmpty();
    }

    @Test
    void onlyAValueNotYetJudgedIsShownWithItsBaselineMonth() {
        // given / when / then
        assertThat(result("MT02", Status.CHUA_DANH_GIA, false).baselineOnly()).hasValue(LocalDate.of(2026, 1, 31));
        assertThat(result("MT02", Status.CHAM, false).baselineOnly()).isEmpty();
        assertThat(result("MT02", Status.DAT, false).baselineOnly()).isEmpty();
    }

    private static IndicatorResult result(String code, Status status, boolean regression) {
        IndicatorResult result = IndicatorResult.judged(code, AS_OF, status,
                new IndicatorResult.Measured(80.0, 100, 80.0, 100.0, 8, 8),
                new IndicatorResult.Progress(70.0, LocalDate.of(2026, 1, 31), 75.0, 80.0, 0.3, 0.18),
                new IndicatorResult.Outlook(95.0, Forecast.CAN_TANG_TOC, 4.2));
        return regression ? result.fellBack() : result;
    }
}
