package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counts over all items for the operations metrics, each answered from an index on state. */
public interface SubmissionCountRepository extends Repository<Submission, Long> {

    /** Items per state, as pairs of state and count. */
    @Query("select s.state, count(s) from Submission s group by s.state")
    List<Object[]> countByState();

    /** Items whose deadline runs and has passed (红灯). */
    @Query("select count(s) from Submission s where s.state in :states and s.deadline < :today")
    long countOverdue(@Param("states") Collection<SubmissionState> states, @Param("today") LocalDate today);

    /** Items whose deadline runs, not yet passed, and whose lead department was warned (黄灯 sent). */
    @Query("select count(s) from Submission s where s.state in :states and s.deadline >= :today and s.warnedAt is not null")
    long countWarned(@Param("states") Collection<SubmissionState> states, @Param("today") LocalDate today);
}
