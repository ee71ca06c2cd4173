package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Aggregate counts per submitter; each query filters on the indexed submitter_username and loads no rows. */
public interface SubmitterCountRepository extends Repository<Submission, Long> {

    /** One row of [submitted, accepted, adopted] for the items the user submitted in [from, to). */
    @Query("""
            select count(s),
                   coalesce(sum(case when s.state not in :notAccepted then 1 else 0 end), 0),
                   coalesce(sum(case when s.answeredAt is not null and s.resultType in :adoptedResults
                                     then 1 else 0 end), 0)
            from Submission s
            where s.submitterUsername = :username and s.submittedAt >= :from and s.submittedAt < :to""")
    List<Object[]> cohort(@Param("username") String username, @Param("from") Instant from, @Param("to") Instant to,
                          @Param("notAccepted") Collection<SubmissionState> notAccepted,
                          @Param("adoptedResults") Collection<ResultType> adoptedResults);

    /** Ratings the user gave in [from, to); a rating defaulted after the rating period is not the user's. */
    @Query("""
            select count(s) from Submission s
            where s.submitterUsername = :username and s.ratedAt >= :from and s.ratedAt < :to
              and s.rating is not null and s.ratingDefaulted = false""")
    long ratedBy(@Param("username") String username, @Param("from") Instant from, @Param("to") Instant to);

    /** Rows of [username, count] of the items each user submitted in [from, to); users without any are absent. */
    @Query("""
            select s.submitterUsername, count(s) from Submission s
            where s.submitterUsername in :usernames and s.submittedAt >= :from and s.submittedAt < :to
            group by s.submitterUsername""")
    List<Object[]> submittedBy(@Param("usernames") Collection<String> usernames, @Param("from") Instant from,
                               @Param("to") Instant to);
}
