package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Narrow rows for the oversight figures: all items paged by id (the primary key), the items marked
 * changed, and the items of one figure bucket on the index (deadline, lead_unit, submitted_at).
 */
public interface ItemFactsRepository extends Repository<Submission, Long> {

    String FACTS = """
            select new cn.ezhou.yshj.submission.ItemFacts(s.id, s.state, s.leadUnit, s.districtCode, s.domainCode,
                   s.deadline, s.submittedAt, s.repliedAt, s.answeredAt, s.rating, s.ratingDefaulted, s.reopenCount)
            from Submission s where s.state <> :draft and\s""";

    @Query(FACTS + "s.id > :after order by s.id")
    List<ItemFacts> after(@Param("after") long after, @Param("draft") SubmissionState draft, Pageable page);

    @Query(FACTS + "s.deadline = :day and s.leadUnit = :unit")
    List<ItemFacts> dueOn(@Param("day") LocalDate day, @Param("unit") String unit,
                          @Param("draft") SubmissionState draft);

    @Query(FACTS + "s.deadline = :day and s.leadUnit is null")
    List<ItemFacts> dueOnUnassigned(@Param("day") LocalDate day, @Param("draft") SubmissionState draft);

    @Query(FACTS + "s.deadline is null and s.leadUnit = :unit and s.submittedAt >= :from and s.submittedAt < :to")
    List<ItemFacts> undated(@Param("unit") String unit, @Param("from") Instant from, @Param("to") Instant to,
                            @Param("draft") SubmissionState draft);

    @Query(FACTS + "s.deadline is null and s.leadUnit is null and s.submittedAt >= :from and s.submittedAt < :to")
    List<ItemFacts> undatedUnassigned(@Param("from") Instant from, @Param("to") Instant to,
                                      @Param("draft") SubmissionState draft);

    @Query(FACTS + "s.deadline is null and s.submittedAt is null and coalesce(s.leadUnit, '') = :unit")
    List<ItemFacts> undatedUnsubmitted(@Param("unit") String unit, @Param("draft") SubmissionState draft);

    /** The items marked changed, drafts included (their mark is cleared too), in id order. */
    @Query("""
            select new cn.ezhou.yshj.submission.internal.ChangeMark(s.id, s.version, s.state, s.deadline,
                   s.submittedAt, s.leadUnit, s.figuresFrom)
            from Submission s where s.figuresDirty = true order by s.id""")
    List<ChangeMark> changed(Pageable page);
}
