package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionState;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Narrow rows for the oversight figures, paged by id (the primary key) so each page is one index range. */
public interface ItemFactsRepository extends Repository<Submission, Long> {

    @Query("""
            select new cn.ezhou.yshj.submission.ItemFacts(s.id, s.state, s.leadUnit, s.districtCode, s.domainCode,
                   s.deadline, s.submittedAt, s.repliedAt, s.answeredAt, s.rating, s.ratingDefaulted, s.reopenCount)
            from Submission s where s.id > :after and s.state <> :draft order by s.id""")
    List<ItemFacts> after(@Param("after") long after, @Param("draft") SubmissionState draft, Pageable page);
}
