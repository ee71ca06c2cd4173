package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByClientToken(String clientToken);

    Optional<Submission> findByReferenceNo(String referenceNo);

    Optional<Submission> findFirstBySubmitterUsernameAndStateOrderByIdDesc(String username, SubmissionState state);

    List<Submission> findByCommonProblemIdOrderByIdAsc(long problemId);

    /** Every received item (not drafts) for the triage index, newest first, with its lead department if any. */
    @Query("""
            select new cn.ezhou.yshj.submission.internal.IndexedItem(s.id, s.title, s.body, s.leadUnit, s.domainCode,
                s.submittedAt)
            from Submission s where s.submittedAt is not null order by s.id desc""")
    List<IndexedItem> receivedForIndex(Pageable page);

    /** Items whose deadline runs and falls on or before the day given, not yet warned. */
    @Query("""
            select s from Submission s where s.state in :states and s.deadline <= :day and s.warnedAt is null
            order by s.deadline, s.id""")
    List<Submission> dueForWarning(@Param("states") Collection<SubmissionState> states,
                                   @Param("day") LocalDate day, Pageable pageable);

    /** Items whose deadline has passed, not yet supervised. */
    @Query("""
            select s from Submission s where s.state in :states and s.deadline < :today and s.supervisedAt is null
            order by s.deadline, s.id""")
    List<Submission> dueForSupervision(@Param("states") Collection<SubmissionState> states,
                                       @Param("today") LocalDate today, Pageable pageable);

    /** Items whose one-working-day step (triage, signing) ended before today and whose lateness is not yet told. */
    @Query("""
            select s from Submission s where s.state in :states and s.stepDue < :today and s.stepLateAt is null
            order by s.stepDue, s.id""")
    List<Submission> stepLate(@Param("states") Collection<SubmissionState> states, @Param("today") LocalDate today,
                              Pageable pageable);

    @Query("""
            select s from Submission s where s.state = cn.ezhou.yshj.submission.SubmissionState.ANSWERED
            and s.rating is null and s.ratingDueAt < :now order by s.ratingDueAt, s.id""")
    List<Submission> ratingOverdue(@Param("now") Instant now, Pageable pageable);

    /** The supervision list: items with a running deadline on or before the day given, most overdue first. */
    @Query("""
            select s from Submission s where s.state in :states and s.deadline <= :day
            order by s.deadline, s.id""")
    List<Submission> runningUntil(@Param("states") Collection<SubmissionState> states, @Param("day") LocalDate day,
                                  Pageable pageable);

    /** Items with a running deadline in [from, to], soonest first: the due-soon part of the supervision list. */
    @Query("""
            select s from Submission s where s.state in :states and s.deadline >= :from and s.deadline <= :to
            order by s.deadline, s.id""")
    List<Submission> runningBetween(@Param("states") Collection<SubmissionState> states, @Param("from") LocalDate from,
                                    @Param("to") LocalDate to, Pageable pageable);
}
