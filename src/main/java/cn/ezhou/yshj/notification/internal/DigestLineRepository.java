package cn.ezhou.yshj.notification.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DigestLineRepository extends JpaRepository<DigestLine, Long> {

    @Query("select distinct d.recipient from DigestLine d order by d.recipient")
    List<String> pendingRecipients();

    List<DigestLine> findByRecipientOrderByIdAsc(String recipient);

    long countByRecipient(String recipient);

    /** Removes the lines just mailed; returns how many were still there. */
    @Modifying
    @Query("delete from DigestLine d where d.id in :ids")
    int deleteByIds(@Param("ids") Collection<Long> ids);
}
