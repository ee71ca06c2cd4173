package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The figures of the workbenches: each role's counts in one statement of conditional sums, read
 * from the indexes the lists use (state for the office, unit and open flag for a department,
 * submitter for a submitter), so a home page costs one statement however many tiles it shows.
 */
public interface WorkCountRepository extends Repository<Submission, Long> {

    /** [triage, returned, extension requests, replies to review, due soon, overdue, triage late]. */
    @Query("""
            select coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.SUBMITTED then 1 else 0 end), 0),
                   coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.RETURNED then 1 else 0 end), 0),
                   coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.EXTENSION_REQUESTED
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.REPLIED then 1 else 0 end), 0),
                   coalesce(sum(case when s.state in :running and s.deadline >= :today and s.deadline <= :dueSoon
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when s.state in :running and s.deadline < :today then 1 else 0 end), 0),
                   coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.SUBMITTED
                                     and s.stepDue < :today then 1 else 0 end), 0)
            from Submission s where s.state in :counted""")
    List<Object[]> office(@Param("counted") Collection<SubmissionState> counted,
                          @Param("running") Collection<SubmissionState> running,
                          @Param("today") LocalDate today, @Param("dueSoon") LocalDate dueSoon);

    /** [to sign, to answer, of which due soon, of which overdue, input asked, to sign late] for the unit's open items. */
    @Query("""
            select coalesce(sum(case when p.lead = true and s.state = cn.ezhou.yshj.submission.SubmissionState.ASSIGNED
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when p.lead = true and s.state in :answering then 1 else 0 end), 0),
                   coalesce(sum(case when p.lead = true and s.state in :answering and s.deadline >= :today
                                     and s.deadline <= :dueSoon then 1 else 0 end), 0),
                   coalesce(sum(case when p.lead = true and s.state in :answering and s.deadline < :today
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when p.lead = false and p.inputAt is null and s.state in :running
                                     then 1 else 0 end), 0),
                   coalesce(sum(case when p.lead = true and s.state = cn.ezhou.yshj.submission.SubmissionState.ASSIGNED
                                     and s.stepDue < :today then 1 else 0 end), 0)
            from SubmissionParty p, Submission s
            where p.unitCode = :unit and p.openItem = true and s.id = p.submissionId""")
    List<Object[]> department(@Param("unit") String unit, @Param("answering") Collection<SubmissionState> answering,
                              @Param("running") Collection<SubmissionState> running,
                              @Param("today") LocalDate today, @Param("dueSoon") LocalDate dueSoon);

    /** [drafts, answered, submitted in [from, to)] of the submitter's items. */
    @Query("""
            select coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.DRAFT then 1 else 0 end), 0),
                   coalesce(sum(case when s.state = cn.ezhou.yshj.submission.SubmissionState.ANSWERED then 1 else 0 end), 0),
                   coalesce(sum(case when s.submittedAt >= :from and s.submittedAt < :to then 1 else 0 end), 0)
            from Submission s where s.submitterUsername = :username""")
    List<Object[]> submitter(@Param("username") String username, @Param("from") Instant from, @Param("to") Instant to);

    static long[] numbers(List<Object[]> rows) {
        Object[] row = rows.isEmpty() ? new Object[0] : rows.getFirst();
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return values;
    }
}
