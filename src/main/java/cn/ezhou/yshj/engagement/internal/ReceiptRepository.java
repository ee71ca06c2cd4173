package cn.ezhou.yshj.engagement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReceiptRepository extends JpaRepository<BriefingReceipt, Long> {

    Optional<BriefingReceipt> findByBriefingIdAndUsername(long briefingId, String username);

    List<BriefingReceipt> findByUsernameAndBriefingIdIn(String username, Collection<Long> briefingIds);

    long countByBriefingId(long briefingId);

    long countByBriefingIdAndReadAtIsNotNull(long briefingId);

    Page<BriefingReceipt> findByBriefingIdAndReadAtIsNullOrderByUsernameAsc(long briefingId, Pageable pageable);

    /** Per briefing among the ids: recipients and how many read. */
    @Query("select r.briefingId, count(r), count(r.readAt) from BriefingReceipt r where r.briefingId in :ids"
            + " group by r.briefingId")
    List<Object[]> reach(Collection<Long> ids);
}
