package cn.ezhou.yshj.attachment;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly: files uploaded on a form that was never sent (e.g. an abandoned public application) are
 * removed once they are older than {@code portal.attachments.unbound-keep} (24 hours by default).
 * Runs once across instances (ShedLock).
 */
@Component
class UnboundFileSweep {

    private static final Logger log = LoggerFactory.getLogger(UnboundFileSweep.class);
    private static final int MAX_BATCHES = 50;

    private final AttachmentService attachments;
    private final Clock clock;
    private final Duration keep;

    UnboundFileSweep(AttachmentService attachments, Clock clock,
                     @Value("${portal.attachments.unbound-keep:24h}") Duration keep) {
        this.attachments = attachments;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(cron = "${portal.attachments.sweep-cron:0 20 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "attachment-unbound-sweep", lockAtMostFor = "30m")
    void sweep() {
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int n = attachments.removeUnboundBefore(clock.instant().minus(keep));
            removed += n;
            if (n == 0) {
                break;
            }
        }
        if (removed > 0) {
            log.info("{} unbound uploaded files removed", removed);
        }
    }
}
