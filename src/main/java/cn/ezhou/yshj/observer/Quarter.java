package cn.ezhou.yshj.observer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter (季度) of the city's time zone, the unit of the suggestion obligation. */
public record Quarter(int year, int number) {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, number * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Start of the first day, Asia/Shanghai. */
    public Instant from() {
        return firstDay().atStartOfDay(CITY_ZONE).toInstant();
    }

    /** Start of the day after the last day (exclusive end). */
    public Instant to() {
        return lastDay().plusDays(1).atStartOfDay(CITY_ZONE).toInstant();
    }

    /** A stable key such as {@code 2026-Q2}, stored with each reminder. */
    public String key() {
        return year + "-Q" + number;
    }

    /** The start of a day in the city's time zone; periods of days are [start of first, start of day after last). */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CITY_ZONE).toInstant();
    }
}
