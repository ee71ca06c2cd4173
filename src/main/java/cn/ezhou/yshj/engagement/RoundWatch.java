package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.engagement.internal.RoundOpening;
import cn.ezhou.yshj.engagement.internal.RoundReminder;
import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.SatisfactionRound;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over satisfaction rounds, once across instances: a round scheduled for a later day
 * asks its raters (records them and tells them) on its first day, and a few days before its last day
 * the raters who have not rated every department are reminded. Each round once for each.
 */
@Component
public class RoundWatch {

    private final RoundRepository rounds;
    private final RoundOpening opening;
    private final RoundReminder reminder;
    private final Clock clock;
    private final int remindDaysBefore;

    RoundWatch(RoundRepository rounds, RoundOpening opening, RoundReminder reminder, Clock clock,
               @Value("${portal.rounds.remind-days-before:3}") int remindDaysBefore) {
        this.rounds = rounds;
        this.opening = opening;
        this.reminder = reminder;
        this.clock = clock;
        this.remindDaysBefore = remindDaysBefore;
    }

    @Scheduled(cron = "${portal.rounds.watch-cron:0 5 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "round-watch", lockAtMostFor = "30m")
    @Transactional // the scheduler's call reaches run() from inside this bean, past the proxy
    void scheduled() {
        run();
        remindClosing();
    }

    /** One pass; returns how many rounds opened. */
    @Transactional
    public int run() {
        int opened = 0;
        for (SatisfactionRound round : rounds.findByOpenedAtIsNullAndOpensOnLessThanEqual(LocalDate.now(clock))) {
            opening.open(round);
            opened++;
        }
        return opened;
    }

    /** One pass of reminders: rounds whose last day is at most the configured days away; returns how many. */
    @Transactional
    public int remindClosing() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (SatisfactionRound round : rounds.findByOpenedAtIsNotNullAndRemindedAtIsNullAndClosesOnBetween(today,
                today.plusDays(remindDaysBefore))) {
            reminder.remind(round);
            reminded++;
        }
        return reminded;
    }
}
