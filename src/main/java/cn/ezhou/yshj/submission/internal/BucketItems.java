package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.SubmissionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The items of many figure buckets, read a department at a time with up to {@value #DAYS} days a
 * statement rather than one statement a bucket: a periodic run touches a thousand buckets or so,
 * and the round trips, not the rows, were its cost. Each statement stays a set of ranges on the
 * index (deadline, lead_unit, submitted_at, …) that carries every column read (V77), so no table
 * page is visited, and short enough a list for MySQL and MariaDB to estimate the ranges by index
 * dives (eq_range_index_dive_limit, 200) rather than from statistics. The rows go straight into
 * {@link ItemFacts}, with no entity query in between.
 */
@Component
public class BucketItems {

    static final int DAYS = 100;
    private static final String FACTS = "select id, state, lead_unit, district_code, domain_code, deadline,"
            + " submitted_at, replied_at, answered_at, rating, rating_defaulted, reopen_count from submission"
            + " where state <> '" + SubmissionState.DRAFT + "' and ";

    private final JdbcTemplate jdbc;

    BucketItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Buckets of one department and kind (deadline day or submission day). */
    private record Group(String unit, boolean dated) {
    }

    /** Each item of these buckets as it is now; drafts are left out. */
    public void read(Collection<FigureBucket> buckets, Consumer<ItemFacts> each) {
        Map<Group, TreeSet<LocalDate>> groups = buckets.stream().collect(Collectors.groupingBy(
                b -> new Group(b.unit(), b.dated()), Collectors.mapping(FigureBucket::day,
                        Collectors.toCollection(TreeSet::new))));
        groups.forEach((group, days) -> {
            List<LocalDate> all = List.copyOf(days);
            for (int from = 0; from < all.size(); from += DAYS) {
                read(group, all.subList(from, Math.min(all.size(), from + DAYS)), each);
            }
        });
    }

    private void read(Group group, List<LocalDate> days, Consumer<ItemFacts> each) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(FACTS);
        if (group.dated()) {
            sql.append(days.stream().map(d -> "?").collect(Collectors.joining(", ", "deadline in (", ")")));
            params.addAll(days);
        } else {
            // The submission day's instants in the city; the not expected item without one has a bucket of its own.
            List<String> ranges = new ArrayList<>();
            for (LocalDate day : days) {
                if (day.equals(FigureBucket.NO_DAY)) {
                    ranges.add("submitted_at is null");
                } else {
                    ranges.add("submitted_at >= ? and submitted_at < ?");
                    params.add(start(day));
                    params.add(start(day.plusDays(1)));
                }
            }
            sql.append("deadline is null and (").append(String.join(" or ", ranges)).append(')');
        }
        if (group.unit().isEmpty()) {
            // No department yet is null; an empty code, never written, would be counted there too.
            sql.append(" and (lead_unit is null or lead_unit = '')");
        } else {
            sql.append(" and lead_unit = ?");
            params.add(group.unit());
        }
        jdbc.query(sql.toString(), rs -> {
            each.accept(facts(rs));
        }, params.toArray());
    }

    /** Bound as the entity's times are read (see {@link SubmissionLists#instant}). */
    private static OffsetDateTime start(LocalDate day) {
        return new FigureBucket(day, "", false).start().atOffset(ZoneOffset.UTC);
    }

    private static ItemFacts facts(ResultSet rs) throws SQLException {
        String rating = rs.getString(10);
        return new ItemFacts(rs.getLong(1), SubmissionState.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), SubmissionLists.instant(rs, 7),
                SubmissionLists.instant(rs, 8), SubmissionLists.instant(rs, 9),
                rating == null ? null : Rating.valueOf(rating), rs.getBoolean(11), rs.getInt(12));
    }
}
