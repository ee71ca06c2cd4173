package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision notice (督办) sent for an overdue item. */
public record SupervisionNotice(String reference, String title, String leadUnit, LocalDate deadline, Instant supervisedAt,
                                SubmissionState stateNow) {
}
