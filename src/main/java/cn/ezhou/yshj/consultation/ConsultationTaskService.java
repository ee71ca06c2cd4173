package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.consultation.internal.ConsultationCountRepository;
import cn.ezhou.yshj.consultation.internal.Viewer;
import cn.ezhou.yshj.consultation.internal.Viewers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for each role in consultations, for the workbench: one counting statement per call,
 * after resolving who the caller is (a department's unit, an association's membership). Each figure
 * is what the consultation or policy list shows under the matching filter.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationTaskService {

    private final ConsultationCountRepository counts;
    private final Viewers viewers;
    private final Clock clock;

    ConsultationTaskService(ConsultationCountRepository counts, Viewers viewers, Clock clock) {
        this.counts = counts;
        this.viewers = viewers;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public OfficeConsultationCounts officeCounts() {
        long[] n = numbers(counts.office(LocalDate.now(clock)));
        return new OfficeConsultationCounts(n[0], n[1]);
    }

    /** The caller's own unit only; a user without a unit has nothing. */
    @PreAuthorize("hasRole('DEPARTMENT')")
    public DepartmentConsultationCounts departmentCounts() {
        Viewer v = viewers.current();
        if (v.departmentUnit() == null) {
            return DepartmentConsultationCounts.NONE;
        }
        long[] n = numbers(counts.department(v.departmentUnit(), LocalDate.now(clock)));
        return new DepartmentConsultationCounts(n[0], n[1], n[2]);
    }

    /** The caller's own audience: as an observer, and/or as the liaison of an active association. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public AudienceConsultationCounts audienceCounts() {
        Viewer v = viewers.current();
        LocalDate today = LocalDate.now(clock);
        Object[] row = counts.audience(v.username(), v.observer(), v.association().map(m -> m.associationId()).orElse(null),
                Viewers.tagsOf(v), today).getFirst();
        LocalDate soonest = (LocalDate) row[1];
        return new AudienceConsultationCounts(number(row[0]),
                soonest == null ? null : ChronoUnit.DAYS.between(today, soonest), number(row[2]));
    }

    private static long[] numbers(List<Object[]> rows) {
        Object[] row = rows.getFirst();
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = number(row[i]);
        }
        return values;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
