package cn.ezhou.yshj.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.calendar.DayKind;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The year at a glance marks holidays and adjusted days; an admin edits a day from it. */
class WorkCalendarViewTest extends PortalViewTest {

    @Autowired
    WorkCalendarService calendar;
    @Autowired
    cn.ezhou.yshj.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private NativeButton day(String date) {
        return $(NativeButton.class).all().stream()
                .filter(b -> date.equals(b.getElement().getAttribute("data-date")))
                .findFirst().orElseThrow();
    }

    /** Steps from the clock's year to the wanted one, a bounded number of clicks either way. */
    private void showYear(int year) {
        navigate(WorkCalendarView.class);
        for (int clicks = 0; clicks < 100 && shownYear() != year; clicks++) {
            test($(Button.class).id(shownYear() < year ? "calendar-next-year" : "calendar-previous-year")).click();
        }
        assertThat(shownYear()).isEqualTo(year);
    }

    private int shownYear() {
        return Integer.parseInt($(com.vaadin.flow.component.html.H2.class).id("calendar-year").getText());
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_national_day_and_its_adjusted_saturday_but_cannot_edit() {
        showYear(2026);
        assertThat(day("2026-10-01").getClassNames()).contains("holiday");
        assertThat(day("2026-10-10").getClassNames()).contains("workday");
        assertThat(day("2026-10-11").getClassNames()).contains("weekend");
        assertThat(day("2026-10-01").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_marks_a_day_as_holiday_from_the_calendar() {
        showYear(2027);
        test(day("2027-12-01")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DayKind> kind = $(RadioButtonGroup.class).single();
        test(kind).selectItem("节假日（休息）");
        test($(TextField.class).all().get(0)).setValue("城市纪念日");
        test($(Button.class).id("day-save")).click();
        assertThat(day("2027-12-01").getClassNames()).contains("holiday");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 1))).isFalse();
        calendar.setDay(LocalDate.of(2027, 12, 1), DayKind.REGULAR, null, null);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_calendar_warns_while_next_year_has_no_holidays_entered() {
        clock.set(java.time.Instant.parse("2027-12-15T01:00:00Z"));
        navigate(WorkCalendarView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("calendar-year-missing").getText())
                .contains("2028 年的节假日和调休尚未录入");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_calendar_does_not_warn_while_the_coming_days_are_entered() {
        clock.set(java.time.Instant.parse("2027-06-15T01:00:00Z"));
        navigate(WorkCalendarView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("calendar-year-missing").exists()).isFalse();
    }
}
