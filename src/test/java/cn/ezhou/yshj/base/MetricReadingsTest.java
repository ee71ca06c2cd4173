package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A gauge's database reading is kept for the period, however often Prometheus scrapes. */
class MetricReadingsTest {

    private final TestClock clock = new TestClock();
    private final MetricReadings readings = new MetricReadings(clock, Duration.ofSeconds(30));
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void a_reading_is_kept_for_the_period_and_read_again_after_it_or_when_the_clock_was_set_back() {
        MetricReadings.Kept<Integer> kept = readings.kept("test", reads::incrementAndGet);
        assertThat(kept.value(Integer::doubleValue)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(kept.value(Integer::doubleValue)).as("within the period").isEqualTo(1);
        assertThat(kept.value(v -> v * 10.0)).as("another figure of the same reading").isEqualTo(10);
        clock.advance(Duration.ofSeconds(1));
        assertThat(kept.value(Integer::doubleValue)).as("the period is over").isEqualTo(2);
        clock.advance(Duration.ofSeconds(-5));
        assertThat(kept.value(Integer::doubleValue)).as("the clock was set back").isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_failed_reading_shows_nan_for_the_period_and_is_tried_again_after_it() {
        MetricReadings.Kept<Integer> kept = readings.kept("test", () -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database unreachable");
            }
            return 7;
        });
        assertThat(kept.value(Integer::doubleValue)).isNaN();
        assertThat(kept.value(Integer::doubleValue)).as("not tried again at once").isNaN();
        assertThat(reads).hasValue(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(kept.value(Integer::doubleValue)).isEqualTo(7);
    }
}
