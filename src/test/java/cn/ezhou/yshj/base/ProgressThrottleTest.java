package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressThrottleTest {

    private final TestClock clock = new TestClock();
    private final List<Integer> written = new ArrayList<>();
    private final ProgressThrottle throttle = new ProgressThrottle(clock, (p, at) -> written.add(p));

    @Test
    void a_thousand_small_steps_within_half_a_second_write_only_every_five_percent() {
        for (int row = 1; row <= 1000; row++) {
            throttle.accept(row / 1000.0);
        }
        assertThat(written).hasSize(20).startsWith(50, 100).endsWith(1000);
    }

    @Test
    void a_small_step_is_written_once_half_a_second_has_passed() {
        throttle.accept(0.01);
        assertThat(written).isEmpty();
        clock.advance(Duration.ofMillis(500));
        throttle.accept(0.02);
        assertThat(written).containsExactly(20);
        throttle.accept(0.02);
        clock.advance(Duration.ofSeconds(1));
        throttle.accept(0.02);
        assertThat(written).as("unchanged progress is not written again").containsExactly(20);
    }

    @Test
    void progress_outside_zero_to_one_is_held_within_it() {
        throttle.accept(1.7);
        throttle.accept(-3);
        assertThat(written).containsExactly(1000, 0);
    }
}
