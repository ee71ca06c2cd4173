package cn.ezhou.yshj.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** The phase condition every list query adds (see {@link PhaseWindow}). */
    String IN_PHASE = " and (:#{#w.filtered()} = false or ((:#{#w.reported()} = true and c.reportPublishedAt is not null"
            + " or :#{#w.reported()} = false and c.reportPublishedAt is null)"
            + " and c.opensOn between :#{#w.opensFrom()} and :#{#w.opensTo()}"
            + " and c.closesOn between :#{#w.closesFrom()} and :#{#w.closesTo()}))";

    @Query("select c from Consultation c where 1 = 1" + IN_PHASE + " order by c.id desc")
    Page<Consultation> allIn(@Param("w") PhaseWindow w, Pageable pageable);

    @Query("select c from Consultation c where c.draftingUnit = :unit" + IN_PHASE + " order by c.id desc")
    Page<Consultation> draftedIn(@Param("unit") String unit, @Param("w") PhaseWindow w, Pageable pageable);

    @Query("select c from Consultation c where c.toPublic = true" + IN_PHASE + " order by c.id desc")
    Page<Consultation> publicIn(@Param("w") PhaseWindow w, Pageable pageable);

    Page<Consultation> findByToPublicTrueAndOpensOnLessThanEqualOrderByIdDesc(LocalDate today, Pageable pageable);

    /** What an audience member may read: public ones, and those addressed to them. */
    @Query("select c from Consultation c where (c.toPublic = true"
            + " or (:observer = true and c.toObservers = true)"
            + " or (:association is not null and :association member of c.audienceAssociations)"
            + " or exists (select 1 from Consultation c2 join c2.audienceTags t where c2 = c and t in :tags))"
            + IN_PHASE + " order by c.id desc")
    Page<Consultation> visibleTo(@Param("observer") boolean observer, @Param("association") Long association,
                                 @Param("tags") List<String> tags, @Param("w") PhaseWindow w, Pageable pageable);

    @Query("select count(c) from Consultation c where c.referenceNo like :prefix")
    long countWithPrefix(String prefix);

    List<Consultation> findByOpenedAtIsNullAndOpensOnLessThanEqual(LocalDate today);

    /** Open ones whose closing day is near and whose audience has not yet been reminded. */
    List<Consultation> findByClosingRemindedAtIsNullAndClosesOnBetween(LocalDate from, LocalDate to);

    List<Consultation> findByClosedNotifiedAtIsNullAndClosesOnBefore(LocalDate today);

    /** Answers due soon, drafters not yet warned, the feedback report not yet out. */
    List<Consultation> findByAnswersWarnedAtIsNullAndAnswersSupervisedAtIsNullAndReportPublishedAtIsNullAndAnswerDueBetween(
            LocalDate from, LocalDate to);

    List<Consultation> findByAnswersSupervisedAtIsNullAndReportPublishedAtIsNullAndAnswerDueBefore(LocalDate today);
}
