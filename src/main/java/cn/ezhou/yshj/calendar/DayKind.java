package cn.ezhou.yshj.calendar;

/** How a calendar entry changes the ordinary Monday–Friday rule. */
public enum DayKind {
    /** A day off, even if it is a weekday. */
    HOLIDAY,
    /** An adjusted working day (调休上班), even if it is a weekend day. */
    WORKDAY,
    /** Back to the ordinary rule; kept so that a reload of the seed file does not undo an administrator's removal. */
    REGULAR
}
