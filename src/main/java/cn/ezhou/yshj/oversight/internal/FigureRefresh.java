package cn.ezhou.yshj.oversight.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the pre-aggregated figures from all items, every ten minutes by default, once across
 * instances, and at start-up when they were never built. A full rebuild rather than an incremental
 * one: any item can change long after its deadline (a late reply, a rating, a reopening), and
 * walking all items is a few seconds of work (see the README's benchmark). Each rebuild's duration
 * goes to the timer {@code portal.oversight.rebuild} (outcome success or failure) for Prometheus.
 */
@Component
public class FigureRefresh {

    private final FigureBuilder builder;
    private final FigureStore store;
    private final FigureReader reader;
    private final Clock clock;
    private final Timer succeeded;
    private final Timer failed;

    FigureRefresh(FigureBuilder builder, FigureStore store, FigureReader reader, Clock clock, MeterRegistry registry) {
        this.builder = builder;
        this.store = store;
        this.reader = reader;
        this.clock = clock;
        this.succeeded = rebuildTimer(registry, "success");
        this.failed = rebuildTimer(registry, "failure");
    }

    private static Timer rebuildTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("portal.oversight.rebuild")
                .description("Rebuilds of the office's pre-aggregated figures from all items")
                .tag("outcome", outcome).register(registry);
    }

    /** What a rebuild did: items read and how long it took. */
    public record Result(Instant at, long itemsRead, long millis) {
    }

    @Scheduled(cron = "${portal.oversight.refresh-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "oversight-refresh", lockAtMostFor = "30m")
    void scheduled() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstBuild() {
        if (reader.asOf() == null) {
            run();
        }
    }

    public Result run() {
        long start = System.nanoTime();
        try {
            FigureBuilder.Built built = builder.build();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Instant at = clock.instant();
            store.replace(built, at, millis);
            succeeded.record(Duration.ofNanos(System.nanoTime() - start));
            return new Result(at, built.itemsRead(), millis);
        } catch (RuntimeException e) {
            failed.record(Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
    }
}
