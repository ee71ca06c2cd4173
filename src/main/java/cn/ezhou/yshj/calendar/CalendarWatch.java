package cn.ezhou.yshj.calendar;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.calendar.internal.YearWarning;
import cn.ezhou.yshj.calendar.internal.YearWarningRepository;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily look ahead at the calendar, once across instances: when deadlines may soon reach a
 * year whose holidays nobody has entered, the administrators are told once for that year.
 */
@Component
public class CalendarWatch {

    private final WorkCalendarService calendar;
    private final YearWarningRepository warnings;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarWatch(WorkCalendarService calendar, YearWarningRepository warnings, AccountDirectory accounts,
                  ApplicationEventPublisher events, Clock clock) {
        this.calendar = calendar;
        this.warnings = warnings;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.calendar.watch-cron:0 20 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "calendar-watch", lockAtMostFor = "30m")
    @Transactional // the scheduler's call reaches run() from inside this bean, past the proxy
    void scheduled() {
        run();
    }

    /** One pass; returns the year the administrators were just warned about, if any. */
    @Transactional
    public Optional<Integer> run() {
        Optional<Integer> missing = calendar.missingYear(LocalDate.now(clock)).filter(y -> !warnings.existsById(y));
        missing.ifPresent(year -> {
            warnings.save(new YearWarning(year, clock.instant()));
            events.publishEvent(new Notice(accounts.usernamesWithRole(AppRoles.ADMIN), "notice.calendar.yearMissing",
                    List.of(String.valueOf(year)), "admin/calendar"));
        });
        return missing;
    }
}
