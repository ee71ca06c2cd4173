package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.calendar.WorkingDayIndex;
import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionFigures;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts items into per-deadline-day buckets and per-bucket open items: all items, page by page
 * (a full rebuild), or the items of some buckets (an incremental run). Working days come from
 * one calendar index, widened when an item falls outside it.
 */
@Component
class FigureBuilder {

    private static final int PAGE = 5_000;

    private final SubmissionFigures submissions;
    private final WorkCalendarService calendar;

    FigureBuilder(SubmissionFigures submissions, WorkCalendarService calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    record DayKey(LocalDate day, String unit, String district, String domain) {
    }

    /** Open items by bucket (deadline day, or submission day when undated) and state. */
    record OpenKey(LocalDate day, String unit, boolean dated, String state, String district, String domain) {
    }

    /** Counts of open items: {@code [items, running]}, running = the deadline runs. */
    record Built(Map<DayKey, Tally> days, Map<OpenKey, long[]> open, long itemsRead) {
    }

    Built build() {
        Counting counting = new Counting();
        long after = 0;
        List<ItemFacts> page;
        do {
            page = submissions.page(after, PAGE);
            for (ItemFacts f : page) {
                after = f.id();
                counting.add(f);
            }
        } while (page.size() == PAGE);
        return counting.built();
    }

    /** The items of these buckets only, as they are now. */
    Built buckets(Collection<FigureBucket> buckets) {
        Counting counting = new Counting();
        submissions.inBuckets(buckets, counting::add);
        return counting.built();
    }

    private final class Counting {

        private final Map<DayKey, Tally> days = new HashMap<>();
        private final Map<OpenKey, long[]> open = new HashMap<>();
        private final LocalDate today = submissions.today();
        private WorkingDayIndex index = calendar.index(today.minusYears(6), today.plusYears(2));
        private long read;

        void add(ItemFacts f) {
            read++;
            String unit = text(f.leadUnit());
            String district = text(f.districtCode());
            String domain = text(f.domainCode());
            if (f.deadline() != null) {
                index = covering(index, f);
                days.computeIfAbsent(new DayKey(f.deadline(), unit, district, domain), k -> new Tally()).add(f, index);
            }
            if (!f.state().finished()) {
                FigureBucket b = FigureBucket.of(f);
                long[] counts = open.computeIfAbsent(new OpenKey(b.day(), unit, b.dated(), f.state().name(), district,
                        domain), k -> new long[2]);
                counts[0]++;
                if (SubmissionState.DEADLINE_RUNNING.contains(f.state()) && f.deadline() != null) {
                    counts[1]++;
                }
            }
        }

        Built built() {
            return new Built(days, open, read);
        }

        /** The index, widened to cover the item's submission and answer days if they fall outside it. */
        private WorkingDayIndex covering(WorkingDayIndex index, ItemFacts f) {
            if (f.answeredAt() == null || f.submittedAt() == null) {
                return index;
            }
            LocalDate start = Tally.day(f.submittedAt());
            LocalDate end = Tally.day(f.answeredAt());
            if (index.covers(start) && index.covers(end)) {
                return index;
            }
            LocalDate first = start.isBefore(today.minusYears(6)) ? start.minusYears(1) : today.minusYears(6);
            LocalDate last = end.isAfter(today.plusYears(2)) ? end.plusYears(1) : today.plusYears(2);
            return calendar.index(first, last);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
