package cn.ezhou.yshj.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.calendar.internal.YearWarningRepository;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.support.PortalTest;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A year nobody has entered yet: deadlines count Monday to Friday, and the administrators hear of it in time. */
@PortalTest
@RecordApplicationEvents
class CalendarWatchTest {

    @Autowired WorkCalendarService calendar;
    @Autowired CalendarWatch watch;
    @Autowired YearWarningRepository warnings;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    /** The seeded calendar runs to the end of 2027; 2028 and later are unknown. */
    private static final int UNKNOWN_YEAR = 2028;

    @BeforeEach
    void forgetEarlierWarnings() {
        warnings.deleteAll();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void deadlines_in_a_year_without_holidays_count_monday_to_friday() {
        LocalDate friday = LocalDate.of(UNKNOWN_YEAR, 1, 7);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(UNKNOWN_YEAR, 1, 10));
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(UNKNOWN_YEAR, 1, 14))).isEqualTo(5);
    }

    @Test
    void the_missing_year_is_announced_sixty_days_ahead_and_not_before() {
        assertThat(calendar.missingYear(LocalDate.of(UNKNOWN_YEAR - 1, 11, 1))).isEmpty();
        assertThat(calendar.missingYear(LocalDate.of(UNKNOWN_YEAR - 1, 11, 2))).contains(UNKNOWN_YEAR);
        assertThat(calendar.missingYear(LocalDate.of(UNKNOWN_YEAR + 3, 6, 1))).contains(UNKNOWN_YEAR + 3);
    }

    @Test
    void the_administrators_are_told_once_for_each_missing_year() {
        today((UNKNOWN_YEAR - 1) + "-10-01");
        assertThat(watch.run()).isEmpty();
        today((UNKNOWN_YEAR - 1) + "-11-15");
        assertThat(watch.run()).contains(UNKNOWN_YEAR);
        assertThat(watch.run()).as("told once").isEmpty();

        assertThat(events.stream(Notice.class).filter(n -> n.messageKey().equals("notice.calendar.yearMissing")))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipients()).contains("admin").doesNotContain("office", "observer");
                    assertThat(n.args()).containsExactly(String.valueOf(UNKNOWN_YEAR));
                    assertThat(n.link()).isEqualTo("admin/calendar");
                });
    }
}
