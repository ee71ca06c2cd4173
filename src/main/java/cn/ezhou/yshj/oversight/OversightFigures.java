package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.consultation.ConsultationFigures;
import cn.ezhou.yshj.observer.DutyRecordService;
import cn.ezhou.yshj.observer.Quarter;
import cn.ezhou.yshj.oversight.internal.FigureReader;
import cn.ezhou.yshj.oversight.internal.FigureRefresh;
import cn.ezhou.yshj.submission.SubmissionFigures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's figures on how submissions are handled — the dashboard, and the same figures for
 * the monthly bulletin and the annual assessment. Item figures are read from the pre-aggregated
 * tables (as of {@link #asOf()}); consultations and observers are counted live. Office only.
 */
@Service
@Transactional(readOnly = true)
public class OversightFigures {

    private final FigureReader reader;
    private final FigureRefresh refresh;
    private final ConsultationFigures consultations;
    private final DutyRecordService duty;
    private final AuditService audit;
    private final SubmissionFigures submissions;
    private final Clock clock;

    OversightFigures(FigureReader reader, FigureRefresh refresh, ConsultationFigures consultations,
                     DutyRecordService duty, AuditService audit, SubmissionFigures submissions, Clock clock) {
        this.submissions = submissions;
        this.reader = reader;
        this.refresh = refresh;
        this.consultations = consultations;
        this.duty = duty;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public Dashboard dashboard(FigureQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<MonthFigures> months = reader.months(query, today);
        Figures totals = months.stream().map(MonthFigures::figures).reduce(Figures.NONE, Figures::plus);
        Quarter quarter = Quarter.of(query.to().isBefore(today) ? query.to() : today);
        FigureReader.Open open = reader.open(query.district(), query.domain(), today, submissions.dueSoonLimit());
        return new Dashboard(query, reader.asOf(), totals, months, open.byState(), open.byUnit(),
                consultations.pending(today), quarter.key(),
                duty.belowMinimum(quarter).size());
    }

    /** The items due in the period, all together. */
    @PreAuthorize("hasRole('OFFICE')")
    public Figures totals(FigureQuery query) {
        return monthly(query).stream().map(MonthFigures::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** The items due in each month of the period, months without items left out. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<MonthFigures> monthly(FigureQuery query) {
        return reader.months(query, LocalDate.now(clock));
    }

    /** The items due in the period per lead department, in unit-code order. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<UnitFigures> byUnit(FigureQuery query) {
        return reader.units(query, LocalDate.now(clock));
    }

    /** When the item figures were last brought up to date; null before the first rebuild. */
    @PreAuthorize("isAuthenticated()")
    public Instant asOf() {
        return reader.asOf();
    }

    /**
     * Rebuilds the item figures now, in full, from all items, instead of waiting for the next
     * scheduled run (which recounts only what changed).
     */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public Instant refreshNow() {
        FigureRefresh.Result result = refresh.rebuild();
        audit.record("OVERSIGHT_REFRESH", "OversightFigures", 1, AuditService.SUCCESS,
                result.itemsRead() + " items in " + result.millis() + " ms");
        return result.at();
    }
}
