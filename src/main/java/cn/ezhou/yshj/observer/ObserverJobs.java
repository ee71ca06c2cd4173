package cn.ezhou.yshj.observer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: terms that ended yesterday expire. Runs once across instances (ShedLock). */
@Component
class ObserverJobs {

    private static final Logger log = LoggerFactory.getLogger(ObserverJobs.class);
    private final ObserverService observers;

    ObserverJobs(ObserverService observers) {
        this.observers = observers;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "observer-term-expiry", lockAtMostFor = "30m")
    void expireTerms() {
        int expired = observers.expireDue();
        if (expired > 0) {
            log.info("{} observer terms expired", expired);
        }
    }
}
