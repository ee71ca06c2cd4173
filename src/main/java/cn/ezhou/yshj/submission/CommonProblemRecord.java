package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.util.List;

/** A common problem with the items linked to it; closed once rectified. */
public record CommonProblemRecord(long id, long version, String title, String rectification, Instant createdAt,
                                  Instant closedAt, List<SubmissionSummary> items) {
}
