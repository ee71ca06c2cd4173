package cn.ezhou.yshj.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Page<Consultation> findAllByOrderByIdDesc(Pageable pageable);

    Page<Consultation> findByDraftingUnitOrderByIdDesc(String unit, Pageable pageable);

    Page<Consultation> findByToPublicTrueOrderByIdDesc(Pageable pageable);

    Page<Consultation> findByToPublicTrueAndOpensOnLessThanEqualOrderByIdDesc(LocalDate today, Pageable pageable);

    /** What an audience member may read: public ones, and those addressed to them. */
    @Query("select c from Consultation c where c.toPublic = true"
            + " or (:observer = true and c.toObservers = true)"
            + " or (:association is not null and :association member of c.audienceAssociations)"
            + " or exists (select 1 from Consultation c2 join c2.audienceTags t where c2 = c and t in :tags)"
            + " order by c.id desc")
    Page<Consultation> visibleTo(boolean observer, Long association, List<String> tags, Pageable pageable);

    @Query("select count(c) from Consultation c where c.referenceNo like :prefix")
    long countWithPrefix(String prefix);

    List<Consultation> findByOpenedAtIsNullAndOpensOnLessThanEqual(LocalDate today);

    /** Open ones whose closing day is near and whose audience has not yet been reminded. */
    List<Consultation> findByClosingRemindedAtIsNullAndClosesOnBetween(LocalDate from, LocalDate to);

    List<Consultation> findByClosedNotifiedAtIsNullAndClosesOnBefore(LocalDate today);

    List<Consultation> findByAnswersSupervisedAtIsNullAndReportPublishedAtIsNullAndAnswerDueBefore(LocalDate today);
}
