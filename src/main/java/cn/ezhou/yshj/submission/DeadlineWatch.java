package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled watch over deadlines, once across instances (ShedLock): the one-working-day steps
 * before the reply clock (the office's triage of a received or returned item, the lead department's
 * signing) told to the office, and to the department for signing, once late; a warning (黄灯) to the
 * lead department when the deadline is near, a supervision notice (督办) once it has passed, and
 * the default rating (基本满意, marked as defaulted) when the submitter let seven days pass.
 * Each item is handled in its own transaction: a large backlog never holds one long lock, and an
 * item that fails is logged and left for the next run while the others still get their warnings.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 200;
    /** The states of a one-working-day step: the office triages, the lead department signs. */
    private static final List<SubmissionState> STEPS = List.of(SubmissionState.SUBMITTED, SubmissionState.RETURNED,
            SubmissionState.ASSIGNED);

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
            log.info("Deadline watch: {} late steps, {} warnings, {} supervision notices, {} default ratings",
                    result.lateSteps(), result.warned(), result.supervised(), result.defaulted());
        }
    }

    record Result(int lateSteps, int warned, int supervised, int defaulted) {
        int total() {
            return lateSteps + warned + supervised + defaulted;
        }
    }

    /** Runs the watch now, as its schedule would (the demo city plays each day of its year this way); returns the items acted on. */
    public int runNow() {
        return run().total();
    }

    Result run() {
        return new Result(lateSteps(), warn(), supervise(), defaultRatings());
    }

    private int lateSteps() {
        return inBatches(page -> items.stepLate(STEPS, deadlines.today(), page), item -> {
            item.markStepLate(clock.instant());
            boolean signing = item.getState() == SubmissionState.ASSIGNED;
            workflow.record(item, signing ? "SIGN_LATE" : "TRIAGE_LATE", item.getState(),
                    String.valueOf(item.getStepDue()), false);
            if (signing) {
                notifier.lead(item, "notice.submission.signLate");
            }
            notifier.office(item, signing ? "notice.submission.signLate" : "notice.submission.triageLate");
        });
    }

    private int warn() {
        LocalDate limit = deadlines.computeDueSoonLimit();
        LocalDate today = deadlines.today();
        return inBatches(page -> items.dueForWarning(SubmissionState.DEADLINE_RUNNING, limit, page), item -> {
            item.markWarned(clock.instant());
            if (!item.getDeadline().isBefore(today)) {
                workflow.record(item, "WARNING", item.getState(), String.valueOf(item.getDeadline()), false);
                notifier.lead(item, "notice.submission.dueSoon");
            }
        });
    }

    private int supervise() {
        LocalDate today = deadlines.today();
        return inBatches(page -> items.dueForSupervision(SubmissionState.DEADLINE_RUNNING, today, page), item -> {
            item.markSupervised(clock.instant());
            workflow.record(item, "SUPERVISION", item.getState(), String.valueOf(item.getDeadline()), false);
            notifier.lead(item, "notice.submission.supervision");
            notifier.office(item, "notice.submission.overdue");
        });
    }

    private int defaultRatings() {
        return inBatches(page -> items.ratingOverdue(clock.instant(), page), item -> {
            SubmissionState from = item.getState();
            item.rate(Rating.BASICALLY_SATISFIED, null, true, clock.instant());
            workflow.record(item, "RATING_DEFAULTED", from, Rating.BASICALLY_SATISFIED.name(), true);
            notifier.submitter(item, "notice.submission.ratingDefaulted");
        });
    }

    /**
     * Handles items until the query finds none but those that failed: each handled item no longer
     * matches the query, and each page is larger by the failed ones, so every run ends.
     */
    private int inBatches(Function<Pageable, List<Submission>> next, Consumer<Submission> handle) {
        Set<Long> failed = new HashSet<>();
        int total = 0;
        while (true) {
            List<Long> ids = tx.execute(status -> next.apply(PageRequest.of(0, BATCH + failed.size())).stream()
                    .map(Submission::getId).filter(id -> !failed.contains(id)).toList());
            if (ids == null || ids.isEmpty()) {
                return total;
            }
            for (Long id : ids) {
                try {
                    tx.executeWithoutResult(status -> items.findById(id).ifPresent(handle));
                    total++;
                } catch (RuntimeException e) {
                    failed.add(id);
                    log.error("Deadline watch: item #{} failed and is left for the next run; the others go on", id, e);
                }
            }
        }
    }
}
