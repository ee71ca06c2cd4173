package cn.ezhou.yshj.oversight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period split into the whole months that can be read from the monthly figures and the day
 * ranges that must be read per day: partial months at the ends, and the current month, whose
 * running items are partly overdue and partly still pending.
 */
record PeriodSplit(LocalDate firstMonth, LocalDate lastMonth, List<LocalDate[]> dayRanges) {

    static PeriodSplit of(LocalDate from, LocalDate to, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        LocalDate rangeStart = null;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1);
            LocalDate end = m.atEndOfMonth();
            boolean whole = !start.isBefore(from) && !end.isAfter(to) && !m.equals(current);
            if (whole) {
                first = first == null ? start : first;
                last = start;
                if (rangeStart != null) {
                    ranges.add(new LocalDate[] {rangeStart, start.minusDays(1)});
                    rangeStart = null;
                }
            } else if (rangeStart == null) {
                rangeStart = start.isBefore(from) ? from : start;
            }
        }
        if (rangeStart != null) {
            ranges.add(new LocalDate[] {rangeStart, to});
        }
        return new PeriodSplit(first, last, ranges);
    }

    /** Whole months lie between the day ranges only if none of them is the current month. */
    boolean hasWholeMonths() {
        return firstMonth != null;
    }
}
