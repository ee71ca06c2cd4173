package cn.ezhou.yshj.audit.internal;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete methods. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

    /** Newest first; a null argument does not narrow. A slice: the log is long, and nobody needs its count. */
    @Query("select e from AuditEntry e where (:username is null or e.username = :username)"
            + " and (:action is null or e.action like :action) and (:result is null or e.result = :result)"
            + " and (:from is null or e.occurredAt >= :from) and (:to is null or e.occurredAt < :to)"
            + " order by e.id desc")
    Slice<AuditEntry> search(String username, String action, String result, Instant from, Instant to,
                             Pageable pageable);

    long countByActionAndObjectId(String action, String objectId);

    long count();
}
