package cn.ezhou.yshj.calendar;

import java.time.LocalDate;

/** A day that departs from the ordinary rule, as shown on the calendar. */
public record CalendarDayRecord(LocalDate day, DayKind kind, String nameZh, String nameEn, boolean editedByAdmin) {
}
