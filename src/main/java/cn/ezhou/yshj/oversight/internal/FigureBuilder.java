package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.calendar.WorkingDayIndex;
import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionFigures;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Walks every item once, page by page, into the per-deadline-day buckets and the open-items
 * snapshot. Working days come from one calendar index, widened when an item falls outside it.
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

    record OpenKey(String state, String unit, String district, String domain) {
    }

    record Built(Map<DayKey, Tally> days, Map<OpenKey, long[]> open, long itemsRead) {
    }

    Built build() {
        LocalDate today = submissions.today();
        LocalDate dueSoon = submissions.dueSoonLimit();
        Map<DayKey, Tally> days = new HashMap<>();
        Map<OpenKey, long[]> open = new HashMap<>();
        WorkingDayIndex index = calendar.index(today.minusYears(6), today.plusYears(2));
        long read = 0;
        long after = 0;
        List<ItemFacts> page;
        do {
            page = submissions.page(after, PAGE);
            for (ItemFacts f : page) {
                read++;
                after = f.id();
                if (f.deadline() != null) {
                    index = covering(index, f);
                    days.computeIfAbsent(new DayKey(f.deadline(), text(f.leadUnit()), text(f.districtCode()),
                            text(f.domainCode())), k -> new Tally()).add(f, index);
                }
                if (!f.state().finished()) {
                    long[] counts = open.computeIfAbsent(new OpenKey(f.state().name(), text(f.leadUnit()),
                            text(f.districtCode()), text(f.domainCode())), k -> new long[3]);
                    counts[0]++;
                    boolean running = SubmissionState.DEADLINE_RUNNING.contains(f.state()) && f.deadline() != null;
                    if (running && f.deadline().isBefore(today)) {
                        counts[1]++;
                    } else if (running && !f.deadline().isAfter(dueSoon)) {
                        counts[2]++;
                    }
                }
            }
        } while (page.size() == PAGE);
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
        LocalDate today = submissions.today();
        LocalDate first = start.isBefore(today.minusYears(6)) ? start.minusYears(1) : today.minusYears(6);
        LocalDate last = end.isAfter(today.plusYears(2)) ? end.plusYears(1) : today.plusYears(2);
        return calendar.index(first, last);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
