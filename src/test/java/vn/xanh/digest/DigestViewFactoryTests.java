package vn.xanh.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.TestWorkbooks;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;
import vn.xanh.indicators.calc.UnitShare;

class DigestViewFactoryTests {

    final DigestViewFactory factory = new DigestViewFactory(TestWorkbooks.CATALOG, null);

    @Test
    void leadsWithWhatGotWorseAndWhoHoldsItBack() {
        // given: MT02 was on track on 27/11 and is behind on 28/11; Thôn Nam lacks 40 households
        IndicatorResult before = result(LocalDate.of(2026, 11, 27), Status.DUNG_TIEN_DO, 4.2);
        IndicatorResult now = result(LocalDate.of(2026, 11, 28), Status.CHAM, 4.2);
        List<BreakdownRepository.Row> shares = List.of(
                new BreakdownRepository.Row("MT02", new UnitShare("THON_NAM", 80.0, 160.0, 200.0, 40.0, 1)),
                new BreakdownRepository.Row("MT02", new UnitShare("THON_DONG", 95.0, 95.0, 100.0, 5.0, 2)));

        // when
        DigestView view = factory.create(now.asOf(), new DigestViewFactory.Measured(List.of(now), List.of(before),
                shares, List.of()), List.of(), List.of());

        // then
        assertThat(view.subject()).isEqualTo("[Chuyển đổi xanh xã Tân Kỳ] Bản tin ngày 28/11/2026 – 1 chỉ tiêu cần chú ý");
        assertThat(view.changes()).containsExactly("MT02 Hộ dân sử dụng nước sạch: Đúng tiến độ → Chậm tiến độ"
                + " (so với ngày 27/11/2026)");
        DigestView.IndicatorLine line = view.attention().get(0);
        assertThat(line.value()).isEqualTo("80%");
        assertThat(line.target()).isEqualTo("≥ 100%");
        assertThat(line.gainPerYear()).isEqualTo("tăng 4,2 điểm %");
        assertThat(line.holdingBack()).isEqualTo("Thôn Nam (còn thiếu 40 hộ), Thôn Đông (còn thiếu 5 hộ)");
    }

    private static IndicatorResult result(LocalDate asOf, Status status, double gain) {
        return IndicatorResult.judged("MT02", asOf, status, new IndicatorResult.Measured(80.0, 100, 160.0, 200.0, 2, 8),
                new IndicatorResult.Progress(70.0, LocalDate.of(2026, 1, 31), 85.0, 80.0, 0.33, 0.17),
                new IndicatorResult.Outlook(96.0, Forecast.CAN_TANG_TOC, gain));
    }
}
