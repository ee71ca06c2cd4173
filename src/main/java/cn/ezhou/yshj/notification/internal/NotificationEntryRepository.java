package cn.ezhou.yshj.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationEntryRepository extends JpaRepository<NotificationEntry, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationEntry> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);

    @Modifying
    @Query("update NotificationEntry n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
