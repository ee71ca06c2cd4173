package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.MetricReadings;
import cn.ezhou.yshj.submission.SubmissionState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The submissions' gauges for Prometheus: items per state, and items overdue or warned of their
 * deadline. Read from the database at most once per {@code portal.metrics.keep}.
 */
@Component
class SubmissionMetrics implements MeterBinder {

    private final MetricReadings.Kept<Map<SubmissionState, Long>> byState;
    private final MetricReadings.Kept<Long> overdue;
    private final MetricReadings.Kept<Long> warned;

    SubmissionMetrics(SubmissionCountRepository counts, Deadlines deadlines, MetricReadings readings) {
        this.byState = readings.kept("portal.submissions", () -> {
            Map<SubmissionState, Long> result = new EnumMap<>(SubmissionState.class);
            for (Object[] row : counts.countByState()) {
                result.put((SubmissionState) row[0], ((Number) row[1]).longValue());
            }
            return result;
        });
        this.overdue = readings.kept("portal.submissions.overdue",
                () -> counts.countOverdue(SubmissionState.DEADLINE_RUNNING, deadlines.today()));
        this.warned = readings.kept("portal.submissions.warned",
                () -> counts.countWarned(SubmissionState.DEADLINE_RUNNING, deadlines.today()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SubmissionState state : SubmissionState.values()) {
            Gauge.builder("portal.submissions", byState, kept -> kept.value(m -> m.getOrDefault(state, 0L)))
                    .description("Submissions (suggestions, complaints, leads) in each state")
                    .tag("state", state.name()).strongReference(true).register(registry);
        }
        Gauge.builder("portal.submissions.overdue", overdue, kept -> kept.value(Long::doubleValue))
                .description("Submissions whose reply deadline has passed").strongReference(true).register(registry);
        Gauge.builder("portal.submissions.warned", warned, kept -> kept.value(Long::doubleValue))
                .description("Submissions whose lead department was warned that the deadline is near, not yet overdue")
                .strongReference(true).register(registry);
    }
}
