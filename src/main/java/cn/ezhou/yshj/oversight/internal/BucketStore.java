package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces some buckets' figures in one transaction: their day rows and open rows are deleted and
 * written again, and the months they fall in are corrected by the difference between the old and
 * the new day rows, so a month is never read or summed from all its days. The old day and month
 * rows are read a department and many days a statement ({@link UnitDays}), not a bucket at a time.
 */
@Component
class BucketStore {

    private final JdbcTemplate jdbc;
    private final FigureStore store;

    BucketStore(JdbcTemplate jdbc, FigureStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Transactional
    public void replace(Collection<FigureBucket> buckets, FigureBuilder.Built built, Instant at, long millis) {
        List<FigureBucket> dated = buckets.stream().filter(FigureBucket::dated).toList();
        Map<FigureBuilder.DayKey, Tally> delta = new HashMap<>();
        rows("oversight_day", "deadline_day", UnitDays.of(dated, FigureBucket::day)).forEach((k, old) ->
                delta.computeIfAbsent(FigureStore.monthOf(k), m -> new Tally()).add(old, -1));
        // In batches: one round trip per batch where the driver allows (MySQL's rewriteBatchedStatements).
        jdbc.batchUpdate("delete from oversight_open where bucket_day = ? and unit_code = ? and dated = ?",
                buckets.stream().map(b -> new Object[] {Date.valueOf(b.day()), b.unit(), b.dated()}).toList());
        jdbc.batchUpdate("delete from oversight_day where deadline_day = ? and unit_code = ?",
                dated.stream().map(b -> new Object[] {Date.valueOf(b.day()), b.unit()}).toList());
        built.days().forEach((k, t) -> delta.computeIfAbsent(FigureStore.monthOf(k), m -> new Tally()).add(t));
        store.insert("oversight_day", "deadline_day", built.days());
        store.insertOpen(built.open());
        List<UnitDays> monthUnits = UnitDays.of(dated, b -> b.day().withDayOfMonth(1));
        Map<FigureBuilder.DayKey, Tally> months = rows("oversight_month", "month_start", monthUnits);
        List<Object[]> monthKeys = new ArrayList<>();
        monthUnits.forEach(m -> m.days().forEach(d -> monthKeys.add(new Object[] {Date.valueOf(d), m.unit()})));
        jdbc.batchUpdate("delete from oversight_month where month_start = ? and unit_code = ?", monthKeys);
        delta.forEach((k, d) -> months.computeIfAbsent(k, m -> new Tally()).add(d));
        store.insert("oversight_month", "month_start", months);
        store.refreshed(at, built.itemsRead(), millis);
    }

    /** The stored rows of these dates and units, by key: a statement per department and up to a hundred dates. */
    private Map<FigureBuilder.DayKey, Tally> rows(String table, String dateColumn, List<UnitDays> batches) {
        Map<FigureBuilder.DayKey, Tally> rows = new HashMap<>();
        for (UnitDays batch : batches) {
            jdbc.query("select " + dateColumn + ", district_code, domain_code, " + FigureStore.TALLY_COLUMNS + " from "
                    + table + " where " + batch.where(dateColumn), rs -> {
                rows.put(new FigureBuilder.DayKey(rs.getObject(1, LocalDate.class), batch.unit(), rs.getString(2),
                        rs.getString(3)), Tally.of(rs, 4));
            }, batch.params());
        }
        return rows;
    }
}
