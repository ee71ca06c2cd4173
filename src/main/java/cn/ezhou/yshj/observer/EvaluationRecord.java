package cn.ezhou.yshj.observer;

import java.time.Instant;

/** An observer's grade for one year. */
public record EvaluationRecord(long observerId, int year, EvaluationGrade grade, String comment, String evaluatedBy,
                               Instant evaluatedAt) {
}
