package vn.xanh.channels;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.channels.internal.Figures;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.indicators.calc.Status;

/** The figures of a known month (October 2026, as of 28 November) for the channels' tests. */
final class KnownMonth {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** value, status by code; codes left out have no data. */
    static final Map<String, Object[]> VALUES = Map.ofEntries(
            Map.entry("NN01", new Object[] {52.5, Status.CHAM}),
            Map.entry("NN02", new Object[] {104.5, Status.DUNG_TIEN_DO}),
            Map.entry("NN03", new Object[] {2.0, Status.DUNG_TIEN_DO}),
            Map.entry("NN04", new Object[] {21.0, Status.DAT}),
            Map.entry("NN05", new Object[] {40.0, Status.NGUY_CO}),
            Map.entry("NN07", new Object[] {1.0, Status.CHAM}),
            Map.entry("MT02", new Object[] {88.5714, Status.DUNG_TIEN_DO}),
            Map.entry("MT03", new Object[] {86.3636, Status.CHAM}),
            Map.entry("MT04", new Object[] {35.2, Status.NGUY_CO}),
            Map.entry("XD01", new Object[] {100.0, Status.DAT}),
            Map.entry("CS01", new Object[] {75.0, Status.DUNG_TIEN_DO}),
            Map.entry("CS02", new Object[] {64.0, Status.CHAM}),
            Map.entry("NL02", new Object[] {8.5, Status.DAT}),
            Map.entry("TM01", new Object[] {53.3333, Status.CHAM}),
            Map.entry("NT01", new Object[] {100.0, Status.DAT}));

    private KnownMonth() {
    }

    static Figures figures() {
        List<Figures.Target> targets = new ArrayList<>();
        for (Indicator indicator : TestWorkbooks.CATALOG.indicators()) {
            Object[] known = VALUES.get(indicator.code());
            IndicatorResult result = known == null ? null : result(indicator, (Double) known[0], (Status) known[1]);
            List<Point> history = new ArrayList<>();
            if (known != null) {
                for (int month = 1; month <= 10; month++) {
                    history.add(new Point(YearMonth.of(2026, month).atEndOfMonth(),
                            (Double) known[0] * (0.8 + 0.02 * month)));
                }
            }
            targets.add(new Figures.Target(indicator, result, history));
        }
        List<GreenModel> models = List.of(
                new GreenModel("CHI_BO_XANH", "Chi bộ thôn Đông", "Thôn Đông", LocalDate.of(2026, 9, 20), "THON_DONG",
                        YearMonth.of(2026, 9)),
                new GreenModel("GIA_DINH_XANH", "Gia đình ông Nguyễn Văn Bình", "Thôn Đoài", LocalDate.of(2026, 10, 12),
                        "THON_DOAI", OCTOBER),
                new GreenModel("TUYEN_DUONG_TU_QUAN", "Tuyến đường hoa số 3 thôn Nam", "Thôn Nam",
                        LocalDate.of(2026, 10, 15), "THON_NAM", OCTOBER));
        return new Figures(TestWorkbooks.CATALOG, AS_OF, OCTOBER, targets, models);
    }

    private static IndicatorResult result(Indicator indicator, double value, Status status) {
        double attainment = indicator.code().equals("NN07") ? 0 : Math.min(100, 100 * value / indicator.goal().target());
        return IndicatorResult.judged(indicator.code(), AS_OF, status,
                new IndicatorResult.Measured(value, indicator.goal().target(), null, null, 8, 8),
                new IndicatorResult.Progress(value * 0.8, LocalDate.of(2026, 1, 31), value, attainment, null, null),
                IndicatorResult.Outlook.NONE);
    }
}
