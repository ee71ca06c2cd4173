package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionState;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Narrow rows for the oversight figures: all items paged by id (the primary key) and the items
 * marked changed. The items of figure buckets are read by {@link BucketItems}, many buckets a
 * statement.
 */
public interface ItemFactsRepository extends Repository<Submission, Long> {

    String FACTS = """
            select new cn.ezhou.yshj.submission.ItemFacts(s.id, s.state, s.leadUnit, s.districtCode, s.domainCode,
                   s.deadline, s.submittedAt, s.repliedAt, s.answeredAt, s.rating, s.ratingDefaulted, s.reopenCount)
            from Submission s where s.state <> :draft and\s""";

    @Query(FACTS + "s.id > :after order by s.id")
    List<ItemFacts> after(@Param("after") long after, @Param("draft") SubmissionState draft, Pageable page);

    /** The items marked changed, drafts included (their mark is cleared too), in id order. */
    @Query("""
            select new cn.ezhou.yshj.submission.internal.ChangeMark(s.id, s.version, s.state, s.deadline,
                   s.submittedAt, s.leadUnit, s.figuresFrom)
            from Submission s where s.figuresDirty = true order by s.id""")
    List<ChangeMark> changed(Pageable page);
}
