package cn.ezhou.yshj.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole months come from the monthly figures, partial months and the current month from the daily ones. */
class PeriodSplitTest {

    private static List<String> ranges(PeriodSplit split) {
        return split.dayRanges().stream().map(r -> r[0] + ".." + r[1]).toList();
    }

    @Test
    void a_year_around_today_reads_the_current_month_per_day_and_the_other_months_whole() {
        PeriodSplit split = PeriodSplit.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-11-28"));
        assertThat(split.firstMonth()).hasToString("2026-01-01");
        assertThat(split.lastMonth()).hasToString("2026-12-01");
        assertThat(ranges(split)).containsExactly("2026-11-01..2026-11-30");
    }

    @Test
    void partial_months_at_both_ends_are_read_per_day() {
        PeriodSplit split = PeriodSplit.of(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-03-10"),
                LocalDate.parse("2026-11-28"));
        assertThat(split.firstMonth()).hasToString("2026-01-01");
        assertThat(split.lastMonth()).hasToString("2026-02-01");
        assertThat(ranges(split)).containsExactly("2025-12-15..2025-12-31", "2026-03-01..2026-03-10");
    }

    @Test
    void a_period_inside_one_month_has_no_whole_month() {
        PeriodSplit split = PeriodSplit.of(LocalDate.parse("2026-09-03"), LocalDate.parse("2026-09-30"),
                LocalDate.parse("2026-11-28"));
        assertThat(split.hasWholeMonths()).isFalse();
        assertThat(ranges(split)).containsExactly("2026-09-03..2026-09-30");
    }
}
