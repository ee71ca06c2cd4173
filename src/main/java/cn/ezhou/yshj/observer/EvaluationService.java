package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.observer.internal.AnnualEvaluation;
import cn.ezhou.yshj.observer.internal.AnnualEvaluationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual evaluation (年度考评) of observers who served in the year. */
@Service
@Transactional
public class EvaluationService {

    @Stored("annual_evaluation.comment")
    public static final int MAX_COMMENT = 1000;

    private final ObserverService observers;
    private final DutyRecordService dutyRecords;
    private final AnnualEvaluationRepository evaluations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    EvaluationService(ObserverService observers, DutyRecordService dutyRecords, AnnualEvaluationRepository evaluations,
                      CurrentUser currentUser, AuditService audit, Clock clock) {
        this.observers = observers;
        this.dutyRecords = dutyRecords;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Grades an observer for a year in which the observer's term ran; grading again replaces the grade.
     * A grade other than the one the duty record suggests ({@link GradeRule}) needs a reason (the comment).
     */
    @PreAuthorize("hasRole('OFFICE')")
    public EvaluationRecord evaluate(long observerId, int year, EvaluationGrade grade, String comment) {
        if (grade == null) {
            throw new Refusal("evaluation.error.grade");
        }
        String text = UserText.orNull(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            throw new Refusal("observer.error.tooLong");
        }
        ObserverSummary o = observers.detail(observerId).summary();
        LocalDate since = o.terms().servingSince() != null ? o.terms().servingSince() : o.termStart();
        boolean served = since != null && since.getYear() <= year && o.termEnd().getYear() >= year;
        if (!served || year > LocalDate.now(clock).getYear()) {
            throw new Refusal("evaluation.error.notServing", year);
        }
        EvaluationGrade suggested = dutyRecords.yearFigures(observerId, year).suggestedGrade();
        if (suggested != null && grade != suggested && text == null) {
            throw new Refusal("evaluation.error.reasonForChange");
        }
        AnnualEvaluation evaluation = evaluations.findByObserverIdAndYear(observerId, year)
                .orElseGet(() -> new AnnualEvaluation(observerId, year));
        evaluation.grade(grade, suggested, text,
                currentUser.username().orElse("?"), clock.instant());
        evaluations.save(evaluation);
        audit.record("OBSERVER_EVALUATE", "Observer", observerId, AuditService.SUCCESS, year + " " + grade
                + (suggested == null || suggested == grade ? "" : " (suggested " + suggested + ")"));
        return evaluation.toRecord();
    }

    /** The year's duty figures the grade is based on, shown next to it. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public YearFigures record(long observerId, int year) {
        return dutyRecords.yearFigures(observerId, year);
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<EvaluationRecord> evaluations(long observerId) {
        return evaluations.findByObserverIdOrderByYearDesc(observerId).stream().map(AnnualEvaluation::toRecord).toList();
    }
}
