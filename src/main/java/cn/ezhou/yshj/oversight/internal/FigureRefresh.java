package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.submission.ChangedItem;
import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.SubmissionFigures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the pre-aggregated figures current, every ten minutes by default, once across instances:
 * recounts only the buckets (deadline day or submission day, and lead department) of the items
 * marked changed since the last run, old buckets of moved items included, then clears the marks
 * of the items still as read (see docs/decisions/0036). A full rebuild from all items runs at
 * start-up when the figures were never built, when an item moved too often to trace, when more
 * than {@value #MOST_CHANGES} items changed, and when the office asks for it. Runs one at a time
 * (a lock on the refresh row). Durations go to the timer {@code portal.oversight.rebuild} (tags
 * kind full or incremental, outcome success or failure) for Prometheus.
 */
@Component
public class FigureRefresh {

    static final int MOST_CHANGES = 20_000;

    private final FigureBuilder builder;
    private final FigureStore store;
    private final BucketStore buckets;
    private final FigureReader reader;
    private final SubmissionFigures submissions;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry registry;
    private final ReentrantLock running = new ReentrantLock();

    FigureRefresh(FigureBuilder builder, FigureStore store, BucketStore buckets, FigureReader reader,
                  SubmissionFigures submissions, TransactionTemplate tx, JdbcTemplate jdbc, Clock clock,
                  MeterRegistry registry) {
        this.builder = builder;
        this.store = store;
        this.buckets = buckets;
        this.reader = reader;
        this.submissions = submissions;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
        this.registry = registry;
        for (boolean full : new boolean[] {true, false}) {
            timer(full, "success");
            timer(full, "failure");
        }
    }

    /** What a run did: full or not, buckets recounted (all for a full rebuild: -1), items read, duration. */
    public record Result(Instant at, boolean full, int buckets, long itemsRead, long millis) {
    }

    @Scheduled(cron = "${portal.oversight.refresh-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "oversight-refresh", lockAtMostFor = "30m")
    void scheduled() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstBuild() {
        if (reader.asOf() == null) {
            rebuild();
        }
    }

    /** Recounts what changed since the last run (or everything, see above). */
    public Result run() {
        return timed(false);
    }

    /** Rebuilds all figures from all items. */
    public Result rebuild() {
        return timed(true);
    }

    private Result timed(boolean full) {
        long start = System.nanoTime();
        running.lock();
        try {
            Result result = tx.execute(status -> {
                jdbc.queryForObject("select id from oversight_refresh where id = 1 for update", Integer.class);
                return full ? full(start) : incremental(start);
            });
            timer(result.full(), "success").record(Duration.ofNanos(System.nanoTime() - start));
            return result;
        } catch (RuntimeException e) {
            timer(full, "failure").record(Duration.ofNanos(System.nanoTime() - start));
            throw e;
        } finally {
            running.unlock();
        }
    }

    /** The marks are read first: an item changed after that keeps its mark, whatever the rebuild read of it. */
    private Result full(long start) {
        List<ChangedItem> changed = submissions.changed(Integer.MAX_VALUE);
        FigureBuilder.Built built = builder.build();
        Instant at = clock.instant();
        long millis = millis(start);
        store.replace(built, at, millis);
        submissions.counted(changed);
        return new Result(at, true, -1, built.itemsRead(), millis);
    }

    private Result incremental(long start) {
        List<ChangedItem> changed = submissions.changed(MOST_CHANGES + 1);
        if (reader.asOf() == null || changed.size() > MOST_CHANGES
                || changed.stream().anyMatch(ChangedItem::untraceable)) {
            return full(start);
        }
        Set<FigureBucket> touched = new LinkedHashSet<>();
        for (ChangedItem item : changed) {
            touched.addAll(item.before());
            if (item.now() != null) {
                touched.add(item.now());
            }
        }
        FigureBuilder.Built built = builder.buckets(touched);
        Instant at = clock.instant();
        long millis = millis(start);
        buckets.replace(touched, built, at, millis);
        submissions.counted(changed);
        return new Result(at, false, touched.size(), built.itemsRead(), millis);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Timer timer(boolean full, String outcome) {
        return Timer.builder("portal.oversight.rebuild")
                .description("Runs of the office's pre-aggregated figures, full or incremental")
                .tag("kind", full ? "full" : "incremental").tag("outcome", outcome).register(registry);
    }
}
