package vn.xanh.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The commune's clock set to the day a test needs, noon in Vietnam, so that a month can close during a test. */
final class MovableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Instant now;

    MovableClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(12, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Takes the place of the application's clock. */
    @TestConfiguration
    static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(LocalDate.of(2026, 11, 1));
        }
    }
}
