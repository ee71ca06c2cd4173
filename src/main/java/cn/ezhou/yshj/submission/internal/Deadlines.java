package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.SubmissionType;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Deadlines on the work calendar, from the configurable rules (working days per type, urgent, warning). */
@Component
public class Deadlines {

    public static final String URGENT = "URGENT";
    public static final String WARNING = "WARNING";

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

    /** The reply deadline for an item assigned today. */
    public LocalDate deadlineFor(SubmissionType type, boolean urgent) {
        return calendar.plusWorkingDays(today(), workingDays(urgent ? URGENT : type.name()));
    }

    /** The last deadline that counts as due soon today: the warning lead time in working days ahead. */
    public LocalDate dueSoonLimit() {
        return calendar.plusWorkingDays(today(), workingDays(WARNING));
    }

    public static DeadlineStatus status(Submission item, LocalDate today, LocalDate dueSoonLimit) {
        if (item.getDeadline() == null || !Workflow.deadlineRunning(item.getState())) {
            return DeadlineStatus.NONE;
        }
        if (item.getDeadline().isBefore(today)) {
            return DeadlineStatus.OVERDUE;
        }
        return item.getDeadline().isAfter(dueSoonLimit) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
    }
}
