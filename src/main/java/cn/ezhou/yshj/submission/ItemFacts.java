package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the oversight figures need of one item, and nothing else (no texts, no submitter): its
 * state, lead department, district and domain, current deadline (an approved extension replaces
 * it), and when it was submitted, replied to, answered and how it was rated.
 */
public record ItemFacts(long id, SubmissionState state, String leadUnit, String districtCode, String domainCode,
                        LocalDate deadline, Instant submittedAt, Instant repliedAt, Instant answeredAt, Rating rating,
                        boolean ratingDefaulted, int reopenCount) {
}
