package cn.ezhou.yshj.calendar.ui;

import cn.ezhou.yshj.calendar.CalendarDayRecord;
import cn.ezhou.yshj.calendar.DayKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;

/** One month as a seven-column grid starting on Monday; holidays, adjusted working days and weekends are marked. */
class MonthBlock extends Div {

    MonthBlock(int year, int month, Map<LocalDate, CalendarDayRecord> special,
               BiConsumer<LocalDate, CalendarDayRecord> onEdit) {
        addClassName("calendar-month");
        add(new H3(getTranslation("calendar.month." + month)));
        Div grid = new Div();
        grid.addClassName("calendar-days");
        for (int d = 1; d <= 7; d++) {
            Span head = new Span(getTranslation("calendar.weekday." + d));
            head.addClassName("calendar-weekday");
            grid.add(head);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            grid.add(new Span());
        }
        for (LocalDate day = first; day.getMonthValue() == month; day = day.plusDays(1)) {
            grid.add(dayCell(day, special.get(day), onEdit));
        }
        add(grid);
    }

    private NativeButton dayCell(LocalDate day, CalendarDayRecord record, BiConsumer<LocalDate, CalendarDayRecord> onEdit) {
        NativeButton cell = new NativeButton(String.valueOf(day.getDayOfMonth()));
        cell.addClassName("calendar-day");
        cell.getElement().setAttribute("data-date", day.toString());
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        String label = day.toString();
        if (record != null && record.kind() == DayKind.HOLIDAY) {
            cell.addClassName("holiday");
            label += " " + getTranslation("calendar.legend.holiday") + " " + record.nameZh();
        } else if (record != null && record.kind() == DayKind.WORKDAY) {
            cell.addClassName("workday");
            label += " " + getTranslation("calendar.legend.workday") + " " + record.nameZh();
        } else if (weekend) {
            cell.addClassName("weekend");
        }
        cell.getElement().setAttribute("title", label);
        cell.getElement().setAttribute("aria-label", label);
        if (onEdit == null) {
            cell.setEnabled(false);
        } else {
            cell.addClickListener(e -> onEdit.accept(day, record));
        }
        return cell;
    }
}
