package cn.ezhou.yshj.calendar.internal;

import cn.ezhou.yshj.calendar.DayKind;
import java.time.LocalDate;

/** An entered day's kind, read as a value: deadlines are counted inside other modules' changes. */
public record DayKindOn(LocalDate day, DayKind kind) {
}
