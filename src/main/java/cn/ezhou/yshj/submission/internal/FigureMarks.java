package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of the buckets an item was counted in before it moved ({@code figures_from}):
 * entries such as {@code D2026-03-05|FGW} (deadline day) or {@code S2026-03-01|} (submission day,
 * no department), separated by {@code ;}. Past the column's size it becomes {@link #TOO_MANY}.
 */
public final class FigureMarks {

    public static final String TOO_MANY = "*";
    private static final int MAX = 2000;

    private FigureMarks() {
    }

    /** The marks after a change from {@code before} (as loaded) to {@code now}. */
    static @Nullable String moved(@Nullable String marks, @Nullable FigureBucket before, @Nullable FigureBucket now) {
        if (before == null || before.equals(now) || TOO_MANY.equals(marks)) {
            return marks;
        }
        String entry = text(before);
        if (marks != null && Arrays.asList(marks.split(";")).contains(entry)) {
            return marks;
        }
        String joined = marks == null ? entry : marks + ";" + entry;
        return joined.length() > MAX ? TOO_MANY : joined;
    }

    static String text(FigureBucket b) {
        return (b.dated() ? "D" : "S") + b.day() + "|" + b.unit();
    }

    public static List<FigureBucket> parse(@Nullable String marks) {
        List<FigureBucket> buckets = new ArrayList<>();
        if (marks == null || marks.isEmpty() || TOO_MANY.equals(marks)) {
            return buckets;
        }
        for (String entry : marks.split(";")) {
            int bar = entry.indexOf('|');
            buckets.add(new FigureBucket(LocalDate.parse(entry.substring(1, bar)), entry.substring(bar + 1),
                    entry.charAt(0) == 'D'));
        }
        return buckets;
    }
}
