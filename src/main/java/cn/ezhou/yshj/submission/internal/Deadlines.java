package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Deadlines on the work calendar, from the configurable rules (working days per type, urgent, warning). */
@Component
public class Deadlines {

    public static final String URGENT = "URGENT";
    public static final String WARNING = "WARNING";
    /** The plan's one working day for the office to triage and for the lead department to sign. */
    public static final int STEP_WORKING_DAYS = 1;
    /** How long the due-soon limit is kept, on this process's own timer. */
    private static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final DeadlineRuleRepository rules;
    private final WorkCalendarService calendar;
    private final Clock clock;

    Deadlines(DeadlineRuleRepository rules, WorkCalendarService calendar, Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int workingDays(String code) {
        return rules.findById(code).map(DeadlineRule::getWorkingDays)
                .orElseThrow(() -> new IllegalStateException("No deadline rule " + code));
    }

    /** The last day of a one-working-day step (the office's triage, a department's signing) begun today. */
    public LocalDate stepDue() {
        return calendar.plusWorkingDays(today(), STEP_WORKING_DAYS);
    }

    /** The reply deadline for an item assigned today. */
    public LocalDate deadlineFor(SubmissionType type, boolean urgent) {
        return calendar.plusWorkingDays(today(), workingDays(urgent ? URGENT : type.name()));
    }

    /**
     * The last deadline that counts as due soon today: the warning lead time in working days ahead.
     * Every inbox page needs it, so it is kept for a minute (a changed rule or calendar day shows
     * in the traffic lights within that minute; the scheduled watch always computes afresh).
     * The minute is measured on this process's own timer, not the portal's clock: it bounds how long
     * a change made elsewhere goes unseen, whatever business day the clock shows, and a clock that
     * walks through a year (the demo city) does not make every step read the calendar again.
     */
    public LocalDate dueSoonLimit() {
        LocalDate today = today();
        DueSoon cached = dueSoon;
        if (cached != null && cached.day().equals(today) && System.nanoTime() - cached.computedAt() < KEPT_NANOS) {
            return cached.limit();
        }
        LocalDate limit = computeDueSoonLimit();
        dueSoon = new DueSoon(today, limit, System.nanoTime());
        return limit;
    }

    public LocalDate computeDueSoonLimit() {
        return calendar.plusWorkingDays(today(), workingDays(WARNING));
    }

    /** Forgets the kept limit, e.g. after a rule changed. */
    public void forget() {
        dueSoon = null;
    }

    private record DueSoon(LocalDate day, LocalDate limit, long computedAt) {
    }

    private volatile DueSoon dueSoon;

    public static DeadlineStatus status(Submission item, LocalDate today, LocalDate dueSoonLimit) {
        return status(item.getState(), item.getDeadline(), today, dueSoonLimit);
    }

    public static DeadlineStatus status(SubmissionState state, LocalDate deadline, LocalDate today,
                                        LocalDate dueSoonLimit) {
        if (deadline == null || !Workflow.deadlineRunning(state)) {
            return DeadlineStatus.NONE;
        }
        if (deadline.isBefore(today)) {
            return DeadlineStatus.OVERDUE;
        }
        return deadline.isAfter(dueSoonLimit) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
    }
}
