package cn.ezhou.yshj.calendar.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.calendar.CalendarDayRecord;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The work calendar, a year at a glance. Administrators click a day to mark or clear a holiday or adjusted working day. */
@Route(value = "admin/calendar", layout = MainLayout.class)
@Menu(title = "nav.calendar", order = 75, icon = "vaadin:calendar")
@RolesAllowed({AppRoles.ADMIN, AppRoles.OFFICE})
class WorkCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkCalendarService calendar;
    private final boolean admin;
    private final H2 yearLabel = new H2();
    private final Div months = new Div();
    private int year;

    WorkCalendarView(WorkCalendarService calendar, AuthenticationContext auth, Clock clock) {
        this.calendar = calendar;
        this.admin = auth.hasRole(AppRoles.ADMIN);
        this.year = LocalDate.now(clock).getYear();
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(year - 1));
        previous.setAriaLabel(getTranslation("calendar.previousYear"));
        previous.setId("calendar-previous-year");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(year + 1));
        next.setAriaLabel(getTranslation("calendar.nextYear"));
        next.setId("calendar-next-year");
        yearLabel.setId("calendar-year");
        HorizontalLayout bar = new HorizontalLayout(previous, yearLabel, next, legend());
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        months.addClassName("calendar-year");
        add(bar);
        calendar.missingYear(LocalDate.now(clock)).ifPresent(missing -> add(missingYearWarning(missing)));
        add(months);
        show(year);
    }

    private Paragraph missingYearWarning(int missing) {
        Paragraph warning = new Paragraph(getTranslation("calendar.yearMissing", String.valueOf(missing)));
        warning.setId("calendar-year-missing");
        warning.addClassName("page-warning");
        return warning;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("calendar-legend");
        for (String kind : new String[] {"holiday", "workday", "weekend"}) {
            Span item = new Span(getTranslation("calendar.legend." + kind));
            item.addClassName("calendar-legend-" + kind);
            legend.add(item);
        }
        if (admin) {
            legend.add(new Span(getTranslation("calendar.clickToEdit")));
        }
        return legend;
    }

    private void show(int newYear) {
        year = newYear;
        yearLabel.setText(String.valueOf(year));
        Map<LocalDate, CalendarDayRecord> special = calendar.year(year).stream()
                .collect(Collectors.toMap(CalendarDayRecord::day, Function.identity()));
        months.removeAll();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthBlock(year, month, special, admin ? this::edit : null));
        }
    }

    private void edit(LocalDate day, CalendarDayRecord current) {
        new DayDialog(calendar, day, current, () -> show(year)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
