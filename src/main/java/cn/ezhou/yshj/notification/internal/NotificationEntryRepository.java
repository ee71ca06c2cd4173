package cn.ezhou.yshj.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationEntryRepository extends JpaRepository<NotificationEntry, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationEntry> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);

    /** Notices after an id, oldest first; served by the primary key, reads no text. */
    @Query("select new cn.ezhou.yshj.notification.internal.NoticeArrival(n.id, n.recipient) from NotificationEntry n"
            + " where n.id > :after order by n.id")
    List<NoticeArrival> arrivedAfter(@Param("after") long after, Pageable pageable);

    @Query("select new cn.ezhou.yshj.notification.internal.NoticeArrival(n.id, n.recipient) from NotificationEntry n"
            + " where n.id in :ids")
    List<NoticeArrival> arrivedAmong(@Param("ids") Collection<Long> ids);

    @Query("select coalesce(max(n.id), 0) from NotificationEntry n")
    long maxId();

    @Modifying
    @Query("update NotificationEntry n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
