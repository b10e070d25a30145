package vn.xanh.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.MetricKind;

class BreakdownTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void ranksVillagesByTheHouseholdsTheyStillLack() {
        // given: A 90 of 100 households, B 150 of 200, C 10 of 10, D nothing
        FactTable facts = new FactTable(List.of(
                new Observation("A", OCTOBER, "HH_TOTAL", 100), new Observation("A", OCTOBER, "HH_CLEAN_WATER", 90),
                new Observation("B", OCTOBER, "HH_TOTAL", 200), new Observation("B", OCTOBER, "HH_CLEAN_WATER", 150),
                new Observation("C", OCTOBER, "HH_TOTAL", 10), new Observation("C", OCTOBER, "HH_CLEAN_WATER", 10)));

        // when
        List<UnitShare> shares = Breakdown.of(TestWorkbooks.CATALOG.indicator("MT02").orElseThrow(), MetricKind.STOCK,
                List.of("A", "B", "C", "D"), facts, OCTOBER);

        // then: B lacks 50 households, A 10, C none; D has no data and no place
        assertThat(shares).containsExactly(new UnitShare("B", 75.0, 150.0, 200.0, 50.0, 1),
                new UnitShare("A", 90.0, 90.0, 100.0, 10.0, 2), new UnitShare("C", 100.0, 10.0, 10.0, 0.0, 3),
                new UnitShare("D", null, null, null, null, null));
    }

    @Test
    void ranksStrawBurningByIncidents() {
        FactTable facts = new FactTable(List.of(new Observation("A", OCTOBER, "STRAW_BURNING", 1),
                new Observation("B", OCTOBER, "STRAW_BURNING", 3), new Observation("B", YearMonth.of(2026, 9),
                        "STRAW_BURNING", 1)));

        List<UnitShare> shares = Breakdown.of(TestWorkbooks.CATALOG.indicator("NN07").orElseThrow(), MetricKind.FLOW,
                List.of("A", "B"), facts, OCTOBER);

        assertThat(shares).extracting(UnitShare::unit, UnitShare::shortfall, UnitShare::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 4.0, 1),
                        org.assertj.core.groups.Tuple.tuple("A", 1.0, 2));
    }
}
