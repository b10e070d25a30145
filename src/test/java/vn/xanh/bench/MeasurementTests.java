package vn.xanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasurementTests {

    @Test
    void keepsEachSidesFastestRoundPerWorkloadAndDatabase() {
        // given: two rounds of two workloads on one database, the faster side not always in the same round
        List<Measurement> rounds = List.of(
                new Measurement("small-files", "h2", 1000, 20_000, 0.80, 60_000.0, 250.0),
                new Measurement("register", "h2", 1, 200_000, 0.50, 700_000.0, 240.0),
                new Measurement("small-files", "h2", 1000, 20_000, 0.60, 50_000.0, 230.0),
                new Measurement("register", "h2", 1, 200_000, 0.55, 720_000.0, 260.0));

        // when
        List<Measurement> fastest = Measurement.fastest(rounds);

        // then: xanh's least seconds and the ceiling's most rows per second, each from its own best round
        assertThat(fastest).containsExactly(
                new Measurement("small-files", "h2", 1000, 20_000, 0.60, 60_000.0, 250.0),
                new Measurement("register", "h2", 1, 200_000, 0.50, 720_000.0, 260.0));
        assertThat(fastest.get(0).ratio()).isEqualTo(20_000 / 0.60 / 60_000.0);
    }
}
