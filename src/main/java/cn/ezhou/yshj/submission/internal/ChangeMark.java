package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.ChangedItem;
import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.time.LocalDate;

/** An item marked changed for the oversight figures, as read: see {@link ChangedItem}. */
public record ChangeMark(long id, long version, SubmissionState state, LocalDate deadline, Instant submittedAt,
                         String leadUnit, String figuresFrom) {

    public ChangedItem item() {
        return new ChangedItem(id, version, FigureBucket.of(state, deadline, submittedAt, leadUnit),
                FigureMarks.parse(figuresFrom), FigureMarks.TOO_MANY.equals(figuresFrom));
    }
}
