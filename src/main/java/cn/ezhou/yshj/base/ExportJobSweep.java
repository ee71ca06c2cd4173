package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes: prepared exports, and jobs abandoned by a stopped instance, are deleted once
 * untouched for {@code portal.exports.keep} (an hour by default; an export is cheap to run again).
 * Runs once across instances (ShedLock).
 */
@Component
class ExportJobSweep {

    private static final Logger log = LoggerFactory.getLogger(ExportJobSweep.class);

    private final ExportJobStore store;
    private final Clock clock;
    private final Duration keep;

    ExportJobSweep(ExportJobStore store, Clock clock, @Value("${portal.exports.keep:1h}") Duration keep) {
        this.store = store;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(cron = "${portal.exports.sweep-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "export-job-sweep", lockAtMostFor = "10m")
    void sweep() {
        int removed = store.deleteUntouchedSince(clock.instant().minus(keep));
        if (removed > 0) {
            log.info("{} prepared exports removed", removed);
        }
    }
}
