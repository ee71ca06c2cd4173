package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.FeedbackReport;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** 意见采纳情况: the count of comments by outcome, and one page of the comments with their answers. */
public record FeedbackReportDocument(long consultationId, String reference, String title, Named draftingUnit,
                                     Instant publishedAt, long total, Map<AnswerOutcome, Long> counts,
                                     PageOf<ReportComment> comments) {

    public static FeedbackReportDocument of(FeedbackReport r, NameBook names, int page, int size) {
        return new FeedbackReportDocument(r.consultationId(), r.reference(), r.title(), names.unit(r.draftingUnit()),
                r.publishedAt(), r.total(), new EnumMap<>(r.counts()), PageOf.of(r.comments(), page, size, ReportComment::of));
    }
}
