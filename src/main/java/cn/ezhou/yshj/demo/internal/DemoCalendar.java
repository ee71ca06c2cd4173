package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.calendar.WorkingDayIndex;
import java.time.LocalDate;

/**
 * The work calendar as the demo plans its steps: read once for the whole span (nobody edits it
 * while the city is created), where asking the service cost a query for each of thousands of
 * planned steps. The answers are the service's; the services still read the calendar themselves
 * for every deadline they set.
 */
final class DemoCalendar {

    private final WorkCalendarService calendar;
    private final WorkingDayIndex index;

    DemoCalendar(WorkCalendarService calendar, LocalDate first, LocalDate last) {
        this.calendar = calendar;
        this.index = calendar.index(first.minusDays(1), last);
    }

    boolean isWorkingDay(LocalDate day) {
        return index.covers(day.minusDays(1)) && index.covers(day) ? index.between(day.minusDays(1), day) == 1
                : calendar.isWorkingDay(day);
    }

    /** As {@link WorkCalendarService#plusWorkingDays}. */
    LocalDate plusWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** As {@link WorkCalendarService#workingDaysBetween}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        return index.covers(from) && index.covers(to) ? index.between(from, to) : calendar.workingDaysBetween(from, to);
    }
}
