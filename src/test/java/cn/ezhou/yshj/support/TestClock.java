package cn.ezhou.yshj.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test moves forward, e.g. past the end of a publicity period. It starts at the real
 * time, or at {@code -Dportal.test.now=2026-12-31T23:59:00+08:00} (any ISO offset date-time): CI runs
 * the suite once a minute before and once a minute after midnight in Beijing, so that no test
 * depends on the hour, the day or the year it happens to run in.
 */
public class TestClock extends Clock {

    public static final String START_PROPERTY = "portal.test.now";

    private Instant now = start();
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = start();
    }

    // Microseconds, as the database keeps them: a stored time then compares equal to the clock's, not rounded past it.
    private static Instant start() {
        String configured = System.getProperty(START_PROPERTY, "");
        // The one place that reads the machine's clock: where the test clock starts when none is given.
        Instant start = configured.isBlank() ? Clock.systemUTC().instant() : OffsetDateTime.parse(configured).toInstant();
        return start.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
