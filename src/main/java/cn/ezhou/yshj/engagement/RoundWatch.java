package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.engagement.internal.RoundOpening;
import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.SatisfactionRound;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over satisfaction rounds, once across instances: a round scheduled for a later day
 * asks its raters (records them and tells them) on its first day. Each round once.
 */
@Component
public class RoundWatch {

    private final RoundRepository rounds;
    private final RoundOpening opening;
    private final Clock clock;

    RoundWatch(RoundRepository rounds, RoundOpening opening, Clock clock) {
        this.rounds = rounds;
        this.opening = opening;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.rounds.watch-cron:0 5 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "round-watch", lockAtMostFor = "30m")
    void scheduled() {
        run();
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
}
