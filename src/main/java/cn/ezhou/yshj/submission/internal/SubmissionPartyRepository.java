package cn.ezhou.yshj.submission.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubmissionPartyRepository extends JpaRepository<SubmissionParty, Long> {

    List<SubmissionParty> findBySubmissionIdOrderByIdAsc(long submissionId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from SubmissionParty p where p.submissionId = :id")
    void deleteAllOf(@Param("id") long submissionId);

    @Modifying(flushAutomatically = true)
    @Query("update SubmissionParty p set p.openItem = :open where p.submissionId = :id")
    void markOpen(@Param("id") long submissionId, @Param("open") boolean open);
}
