package cn.ezhou.yshj.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * Working days over a range of dates, read from the calendar once: figures over many items count
 * working days item by item, and one calendar query per item would be far too slow.
 * {@link #between} means the same as {@link WorkCalendarService#workingDaysBetween}.
 */
public final class WorkingDayIndex {

    private final LocalDate first;
    /** counts[i] = working days from {@code first} (exclusive) up to first + i (inclusive). */
    private final int[] counts;

    WorkingDayIndex(LocalDate first, LocalDate last, Predicate<LocalDate> working) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range " + first + " .. " + last);
        }
        this.first = first;
        this.counts = new int[(int) ChronoUnit.DAYS.between(first, last) + 1];
        for (int i = 1; i < counts.length; i++) {
            counts[i] = counts[i - 1] + (working.test(first.plusDays(i)) ? 1 : 0);
        }
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int between(LocalDate from, LocalDate to) {
        return position(to) - position(from);
    }

    public boolean covers(LocalDate day) {
        long i = ChronoUnit.DAYS.between(first, day);
        return i >= 0 && i < counts.length;
    }

    private int position(LocalDate day) {
        if (!covers(day)) {
            throw new IllegalArgumentException(day + " outside " + first + " + " + counts.length + " days");
        }
        return counts[(int) ChronoUnit.DAYS.between(first, day)];
    }
}
