package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The group of items the oversight figures recount together: the lead department ({@code ""} for
 * none yet) and the deadline day, or, for an item without a deadline yet ({@code dated} false),
 * the day it was submitted in the city's time zone. Drafts belong to none.
 */
public record FigureBucket(LocalDate day, String unit, boolean dated) {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    /** The day of the (not expected) undated item without a submission time. */
    public static final LocalDate NO_DAY = LocalDate.EPOCH;

    public static @Nullable FigureBucket of(SubmissionState state, @Nullable LocalDate deadline,
                                            @Nullable Instant submittedAt, @Nullable String leadUnit) {
        if (state == SubmissionState.DRAFT) {
            return null;
        }
        String unit = leadUnit == null ? "" : leadUnit;
        if (deadline != null) {
            return new FigureBucket(deadline, unit, true);
        }
        return new FigureBucket(submittedAt == null ? NO_DAY : submittedAt.atZone(CITY).toLocalDate(), unit, false);
    }

    public static FigureBucket of(ItemFacts f) {
        FigureBucket bucket = of(f.state(), f.deadline(), f.submittedAt(), f.leadUnit());
        if (bucket == null) {
            throw new IllegalArgumentException("a draft has no figures: " + f.id());
        }
        return bucket;
    }

    /** The first instant of the day in the city, for the undated bucket's submission-time range. */
    public Instant start() {
        return day.atStartOfDay(CITY).toInstant();
    }
}
