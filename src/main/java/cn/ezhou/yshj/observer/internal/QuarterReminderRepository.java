package cn.ezhou.yshj.observer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterReminderRepository extends JpaRepository<QuarterReminder, Long> {

    boolean existsByObserverIdAndQuarterKey(long observerId, String quarterKey);
}
