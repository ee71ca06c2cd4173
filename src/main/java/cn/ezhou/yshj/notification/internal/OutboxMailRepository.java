package cn.ezhou.yshj.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m from OutboxMail m where m.sentAt is null and m.failedAt is null and m.nextAttemptAt <= :now order by m.id")
    List<OutboxMail> due(@Param("now") Instant now, Pageable pageable);

    long countBySentAtIsNull();

    /** Messages still being tried: not sent, not given up. */
    long countBySentAtIsNullAndFailedAtIsNull();

    /** Messages still being tried that were queued before the given time. */
    long countBySentAtIsNullAndFailedAtIsNullAndCreatedAtBefore(Instant before);

    /** Messages given up after the last allowed attempt (never sent, so within the unsent rows' index). */
    long countBySentAtIsNullAndFailedAtIsNotNull();

    /** The latest message to an address. */
    Optional<OutboxMail> findFirstByRecipientOrderByIdDesc(String recipient);

    /** Messages given up after the last allowed attempt, latest first. */
    Page<OutboxMail> findByFailedAtIsNotNullOrderByFailedAtDesc(Pageable pageable);

    long countByFailedAtIsNotNull();

    /** One address's mails, oldest first (for checks of what a person was sent). */
    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

    boolean existsByBodyContaining(String text);
}
