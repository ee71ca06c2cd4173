package cn.ezhou.yshj.observer;

import java.time.Instant;

/** An observer's grade for one year, and the grade the duty record suggested (null if none). */
public record EvaluationRecord(long observerId, int year, EvaluationGrade grade, EvaluationGrade suggestedGrade,
                               String comment, String evaluatedBy,
                               Instant evaluatedAt) {
}
