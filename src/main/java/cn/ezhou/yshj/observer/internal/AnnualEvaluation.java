package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.observer.EvaluationGrade;
import cn.ezhou.yshj.observer.EvaluationRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The office's grade of one observer for one year, beside the grade the duty record suggested; a later change replaces it (and is audited). */
@Entity
@Table(name = "annual_evaluation")
public class AnnualEvaluation extends AbstractEntity {

    @Column(name = "observer_id", nullable = false)
    private long observerId;
    @Column(name = "eval_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EvaluationGrade grade;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_grade", length = 24)
    private EvaluationGrade suggestedGrade;
    @Column(length = 1000)
    private String comment;
    @Column(name = "evaluated_by", nullable = false, length = 64)
    private String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected AnnualEvaluation() {
    }

    public AnnualEvaluation(long observerId, int year) {
        this.observerId = observerId;
        this.year = year;
    }

    public void grade(EvaluationGrade grade, EvaluationGrade suggestedGrade, String comment, String by, Instant at) {
        this.grade = grade;
        this.suggestedGrade = suggestedGrade;
        this.comment = comment;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    public EvaluationRecord toRecord() {
        return new EvaluationRecord(observerId, year, grade, suggestedGrade, comment, evaluatedBy, evaluatedAt);
    }
}
