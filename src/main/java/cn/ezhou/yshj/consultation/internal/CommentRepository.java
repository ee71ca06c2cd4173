package cn.ezhou.yshj.consultation.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<ConsultationComment, Long> {

    List<ConsultationComment> findByConsultationIdOrderById(long consultationId);

    List<ConsultationComment> findByConsultationIdAndAuthorUsernameOrderById(long consultationId, String username);

    @Query("select count(c) from ConsultationComment c where c.consultationId = :id and c.withdrawn = false and c.outcome is null")
    long countUnanswered(long id);

    /**
     * Closed consultations whose comments are not all answered, for the office's attention; only those
     * whose answers were due before {@code dueBefore}.
     */
    @Query("select c.consultationId, count(c) from ConsultationComment c, Consultation k where k.id = c.consultationId"
            + " and k.reportPublishedAt is null and k.closesOn < :today and k.answerDue < :dueBefore"
            + " and c.withdrawn = false and c.outcome is null group by c.consultationId"
            + " order by c.consultationId desc")
    List<Object[]> unansweredByConsultation(java.time.LocalDate today, java.time.LocalDate dueBefore, Pageable pageable);

    @Query("select distinct c.authorUsername from ConsultationComment c where c.consultationId = :id and c.withdrawn = false")
    List<String> commenters(long id);
}
