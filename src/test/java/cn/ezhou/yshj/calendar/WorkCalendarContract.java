package cn.ezhou.yshj.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Working-day arithmetic on the seeded 2026 calendar; run on H2 and on MariaDB. */
abstract class WorkCalendarContract {

    @Autowired
    WorkCalendarService calendar;

    @Test
    void spring_festival_days_are_skipped_and_the_adjusted_saturday_counts() {
        LocalDate thursday = LocalDate.of(2026, 2, 12);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo("2026-02-13");
        assertThat(calendar.plusWorkingDays(thursday, 2)).isEqualTo("2026-02-14"); // 调休 Saturday
        assertThat(calendar.plusWorkingDays(thursday, 3)).isEqualTo("2026-02-24"); // after 15–23 Feb off
        assertThat(calendar.plusWorkingDays(thursday, 5)).isEqualTo("2026-02-26");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 26), 2)).isEqualTo("2026-02-28"); // 调休 Saturday
    }

    @Test
    void national_day_week_is_skipped_and_its_adjusted_weekend_days_count() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo("2026-09-20"); // 调休 Sunday
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo("2026-10-08");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo("2026-10-10"); // 调休 Saturday
        // 25–27 Sep is Mid-Autumn: 28, 29, 30 Sep, then 8 and 9 Oct
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 5)).isEqualTo("2026-10-09");
    }

    @Test
    void working_days_between_counts_the_days_after_the_start_up_to_the_end() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 9, 30))).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void adding_then_counting_working_days_gives_back_the_same_number() {
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(11)) {
            for (int n : new int[] {0, 1, 2, 5, 10, 15}) {
                assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, n)))
                        .as("%s + %d", start, n).isEqualTo(n);
            }
        }
    }

    @Test
    void holidays_and_weekends_are_not_working_days_but_adjusted_days_are() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_adjusted_working_day_on_a_weekday_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> calendar.setDay(LocalDate.of(2026, 11, 25), DayKind.WORKDAY, "调休", null))
                .isInstanceOf(Refusal.class).hasMessage("calendar.error.workdayOnWeekday");
        assertThat(calendar.year(2026)).noneMatch(d -> d.day().equals(LocalDate.of(2026, 11, 25)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_can_add_a_holiday_and_deadlines_move_with_it() {
        LocalDate day = LocalDate.of(2027, 11, 24);
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 11, 23), 1)).isEqualTo(day);
        calendar.setDay(day, DayKind.HOLIDAY, "临时休假", "Extra day off");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 11, 23), 1)).isEqualTo("2027-11-25");
        calendar.setDay(day, DayKind.REGULAR, null, null);
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 11, 23), 1)).isEqualTo(day);
    }

    @Test
    @WithMockUser(roles = "OFFICE")
    void only_an_admin_may_change_the_calendar() {
        assertThatThrownBy(() -> calendar.setDay(LocalDate.of(2026, 12, 1), DayKind.HOLIDAY, "x", null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
