package cn.ezhou.yshj.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** 意见采纳情况: counts by outcome and each comment with its answer. */
public record FeedbackReport(long consultationId, String reference, String title, String draftingUnit,
                             Instant publishedAt, Map<AnswerOutcome, Long> counts, List<CommentRecord> comments) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
