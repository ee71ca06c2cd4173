package cn.ezhou.yshj.observer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The observer corps' scheduled work; each job runs once across instances (ShedLock). */
@Component
class ObserverJobs {

    private static final Logger log = LoggerFactory.getLogger(ObserverJobs.class);
    private final ObserverService observers;
    private final DutyReminders reminders;

    ObserverJobs(ObserverService observers, DutyReminders reminders) {
        this.observers = observers;
        this.reminders = reminders;
    }

    /** Daily: terms that ended yesterday expire. */
    @Scheduled(cron = "${portal.observers.expiry-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "observer-term-expiry", lockAtMostFor = "30m")
    void expireTerms() {
        int expired = observers.expireDue();
        if (expired > 0) {
            log.info("{} observer terms expired", expired);
        }
    }

    /** By default on the 1st of each quarter's last month, so there is a month left to catch up. */
    @Scheduled(cron = "${portal.observers.quarterly-reminder-cron:0 0 9 1 3,6,9,12 *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "observer-quarterly-reminder", lockAtMostFor = "30m")
    void remindQuarterlyMinimum() {
        log.info("{} observers reminded of the quarterly minimum", reminders.remindQuarterlyMinimum());
    }

    /** Daily: terms ending within 30 days are announced to the observer and the office, once per term end. */
    @Scheduled(cron = "${portal.observers.term-end-reminder-cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "observer-term-end-reminder", lockAtMostFor = "30m")
    void remindTermEnds() {
        int reminded = reminders.remindTermEnds();
        if (reminded > 0) {
            log.info("{} observers reminded of their term end", reminded);
        }
    }
}
