package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces some buckets' figures in one transaction: their day rows and open rows are deleted and
 * written again, and the months they fall in are corrected by the difference between the old and
 * the new day rows, so a month is never read or summed from all its days.
 */
@Component
class BucketStore {

    private final JdbcTemplate jdbc;
    private final FigureStore store;

    BucketStore(JdbcTemplate jdbc, FigureStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** (month, unit) whose monthly rows change. */
    private record MonthUnit(LocalDate month, String unit) {
    }

    @Transactional
    public void replace(Collection<FigureBucket> buckets, FigureBuilder.Built built, Instant at, long millis) {
        Set<MonthUnit> monthUnits = new LinkedHashSet<>();
        Map<FigureBuilder.DayKey, Tally> delta = new HashMap<>();
        List<Object[]> openKeys = new ArrayList<>();
        List<Object[]> dayKeys = new ArrayList<>();
        for (FigureBucket b : buckets) {
            openKeys.add(new Object[] {Date.valueOf(b.day()), b.unit(), b.dated()});
            if (b.dated()) {
                monthUnits.add(new MonthUnit(b.day().withDayOfMonth(1), b.unit()));
                for (Map.Entry<FigureBuilder.DayKey, Tally> old : rows("oversight_day", "deadline_day", b.day(),
                        b.unit()).entrySet()) {
                    delta.computeIfAbsent(FigureStore.monthOf(old.getKey()), k -> new Tally()).add(old.getValue(), -1);
                }
                dayKeys.add(new Object[] {Date.valueOf(b.day()), b.unit()});
            }
        }
        // In batches: one round trip per batch where the driver allows (MySQL's rewriteBatchedStatements).
        jdbc.batchUpdate("delete from oversight_open where bucket_day = ? and unit_code = ? and dated = ?", openKeys);
        jdbc.batchUpdate("delete from oversight_day where deadline_day = ? and unit_code = ?", dayKeys);
        built.days().forEach((k, t) -> delta.computeIfAbsent(FigureStore.monthOf(k), m -> new Tally()).add(t));
        store.insert("oversight_day", "deadline_day", built.days());
        store.insertOpen(built.open());
        Map<FigureBuilder.DayKey, Tally> months = new HashMap<>();
        List<Object[]> monthKeys = new ArrayList<>();
        for (MonthUnit m : monthUnits) {
            months.putAll(rows("oversight_month", "month_start", m.month(), m.unit()));
            monthKeys.add(new Object[] {Date.valueOf(m.month()), m.unit()});
        }
        jdbc.batchUpdate("delete from oversight_month where month_start = ? and unit_code = ?", monthKeys);
        delta.forEach((k, d) -> months.computeIfAbsent(k, m -> new Tally()).add(d));
        store.insert("oversight_month", "month_start", months);
        store.refreshed(at, built.itemsRead(), millis);
    }

    /** The stored rows of one date and unit, by key. */
    private Map<FigureBuilder.DayKey, Tally> rows(String table, String dateColumn, LocalDate day, String unit) {
        Map<FigureBuilder.DayKey, Tally> rows = new HashMap<>();
        jdbc.query("select district_code, domain_code, " + FigureStore.TALLY_COLUMNS + " from " + table + " where "
                + dateColumn + " = ? and unit_code = ?", rs -> {
            rows.put(new FigureBuilder.DayKey(day, unit, rs.getString(1), rs.getString(2)), Tally.of(rs, 3));
        }, Date.valueOf(day), unit);
        return rows;
    }
}
