package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled watch over deadlines, once across instances (ShedLock): a warning (黄灯) to the
 * lead department when the deadline is near, a supervision notice (督办) once it has passed, and
 * the default rating (基本满意, marked as defaulted) when the submitter let seven days pass.
 * Works in batches, each in its own transaction, so a large backlog never holds one long lock.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 200;

    private final SubmissionRepository items;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineWatch(SubmissionRepository items, Workflow workflow, Deadlines deadlines, Notifier notifier,
                  TransactionTemplate tx, Clock clock) {
        this.items = items;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.submissions.watch-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "submission-deadline-watch", lockAtMostFor = "30m")
    void scheduled() {
        Result result = run();
        if (result.total() > 0) {
            log.info("Deadline watch: {} warnings, {} supervision notices, {} default ratings",
                    result.warned(), result.supervised(), result.defaulted());
        }
    }

    record Result(int warned, int supervised, int defaulted) {
        int total() {
            return warned + supervised + defaulted;
        }
    }

    Result run() {
        return new Result(warn(), supervise(), defaultRatings());
    }

    private int warn() {
        LocalDate limit = deadlines.computeDueSoonLimit();
        LocalDate today = deadlines.today();
        return inBatches(() -> items.dueForWarning(SubmissionState.DEADLINE_RUNNING, limit, PageRequest.of(0, BATCH)), item -> {
            item.markWarned(clock.instant());
            if (!item.getDeadline().isBefore(today)) {
                workflow.record(item, "WARNING", item.getState(), String.valueOf(item.getDeadline()), false);
                notifier.lead(item, "notice.submission.dueSoon");
            }
        });
    }

    private int supervise() {
        LocalDate today = deadlines.today();
        return inBatches(() -> items.dueForSupervision(SubmissionState.DEADLINE_RUNNING, today, PageRequest.of(0, BATCH)), item -> {
            item.markSupervised(clock.instant());
            workflow.record(item, "SUPERVISION", item.getState(), String.valueOf(item.getDeadline()), false);
            notifier.lead(item, "notice.submission.supervision");
            notifier.office(item, "notice.submission.overdue");
        });
    }

    private int defaultRatings() {
        return inBatches(() -> items.ratingOverdue(clock.instant(), PageRequest.of(0, BATCH)), item -> {
            SubmissionState from = item.getState();
            item.rate(Rating.BASICALLY_SATISFIED, null, true, clock.instant());
            workflow.record(item, "RATING_DEFAULTED", from, Rating.BASICALLY_SATISFIED.name(), true);
            notifier.submitter(item, "notice.submission.ratingDefaulted");
        });
    }

    /** Handles items until the query finds none; each handled item no longer matches the query. */
    private int inBatches(java.util.function.Supplier<List<Submission>> next, java.util.function.Consumer<Submission> handle) {
        int total = 0;
        while (true) {
            Integer handled = tx.execute(status -> {
                List<Submission> batch = next.get();
                batch.forEach(handle);
                return batch.size();
            });
            if (handled == null || handled == 0) {
                return total;
            }
            total += handled;
        }
    }
}
