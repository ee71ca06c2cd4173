package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.observer.internal.Observer;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.observer.internal.QuarterReminder;
import cn.ezhou.yshj.observer.internal.QuarterReminderRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty reminders, run by {@link ObserverJobs} and called directly by tests. Each reminder is
 * recorded in the transaction that publishes its notice, so it goes out exactly once however
 * often the job runs.
 */
@Component
@Transactional
class DutyReminders {

    static final int TERM_END_NOTICE_DAYS = 30;

    private final DutyRecordService dutyRecords;
    private final ObserverRepository observers;
    private final QuarterReminderRepository quarterReminders;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DutyReminders(DutyRecordService dutyRecords, ObserverRepository observers,
                  QuarterReminderRepository quarterReminders, AccountDirectory directory,
                  ApplicationEventPublisher events, Clock clock) {
        this.dutyRecords = dutyRecords;
        this.observers = observers;
        this.quarterReminders = quarterReminders;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds the serving observers (with an account) below the minimum in the current quarter; returns how many. */
    int remindQuarterlyMinimum() {
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        String minimum = String.valueOf(dutyRecords.quarterlyMinimum());
        AtomicInteger sent = new AtomicInteger();
        dutyRecords.forEachShortfall(quarter, (o, username, submitted) -> {
            if (username == null || quarterReminders.existsByObserverIdAndQuarterKey(o.getId(), quarter.key())) {
                return;
            }
            quarterReminders.save(new QuarterReminder(o.getId(), quarter.key(), clock.instant()));
            events.publishEvent(new Notice(List.of(username), "notice.observer.quarterlyMinimum",
                    List.of(String.valueOf(quarter.year()), String.valueOf(quarter.number()),
                            String.valueOf(submitted), minimum), "me"));
            sent.incrementAndGet();
        });
        return sent.get();
    }

    /**
     * Tells the observer and the office when a term ends within {@value #TERM_END_NOTICE_DAYS} days,
     * once per term end; returns how many terms were reminded of.
     */
    int remindTermEnds() {
        LocalDate today = LocalDate.now(clock);
        List<Observer> due = observers.termEndingUnreminded(EnumSet.of(ObserverState.APPOINTED,
                ObserverState.SUSPENDED), today, today.plusDays(TERM_END_NOTICE_DAYS));
        List<String> office = due.isEmpty() ? List.of() : directory.usernamesWithRole(AppRoles.OFFICE);
        for (Observer o : due) {
            String end = o.lastDecidedEnd().toString();
            directory.usernameForInvitation(o.getInvitationCode()).ifPresent(username -> events.publishEvent(
                    new Notice(List.of(username), "notice.observer.termEnding", List.of(end), "me")));
            if (!office.isEmpty()) {
                events.publishEvent(new Notice(office, "notice.observer.termEndingOffice",
                        List.of(end, o.getName(), o.getCertificateNo()), "observers"));
            }
            o.markTermEndReminded();
        }
        return due.size();
    }
}
