package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.DepartmentTask;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox queries, as a read model: one SQL statement per page that reads only the columns a
 * line shows, straight into {@link SubmissionLine}s, with no entities to load, track and copy.
 * No count queries: the screens scroll lazily, so a page costs one indexed range read even with
 * a million items. Filters are added only when set. The column a filter fixes leads the ORDER BY,
 * which does not change the order but lets H2 (like MySQL) walk its index instead of sorting every
 * match. Fixed states are literals so the planner sees them.
 */
@Component
public class SubmissionLists {

    private static final String LINE = "select s.id, s.reference_no, s.type, s.domain_code, s.title, s.state,"
            + " s.lead_unit, s.deadline, s.submitted_at, s.created_at, s.submitter_name, s.pseudonym,"
            + " s.channel_code, s.urgent, s.name_disclosed, s.identity_revealed";
    private static final String FINISHED = Workflow.finishedStates().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(",", "(", ")"));

    private static final String RUNNING = SubmissionState.DEADLINE_RUNNING.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(",", "(", ")"));

    private final JdbcClient jdbc;

    SubmissionLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SubmissionLine> officeInbox(InboxFilter filter, int offset, int limit) {
        Query q = new Query(LINE + " from submission s where s.state <> '" + SubmissionState.DRAFT + "'");
        if (filter.unitCode() != null) {
            q.and("s.lead_unit = ?", filter.unitCode());
        }
        common(q, filter);
        String order = filter.state() != null ? "s.state desc, s.id desc"
                : filter.unitCode() != null ? "s.lead_unit desc, s.id desc" : "s.id desc";
        return page(q, order, offset, limit);
    }

    /** The unit's items as lead or co-department, newest first, by the unit's assignment index. */
    public List<SubmissionLine> unitInbox(String unitCode, InboxFilter filter, int offset, int limit) {
        Query q = new Query(LINE + " from submission_party p join submission s on s.id = p.submission_id"
                + " where p.unit_code = ?", unitCode);
        if (filter.openOnly()) {
            q.and("p.open_item = true");
        }
        common(q, filter);
        return page(q, filter.openOnly() ? "p.unit_code desc, p.open_item desc, p.submission_id desc"
                : "p.unit_code desc, p.submission_id desc", offset, limit);
    }

    /**
     * A unit's to-do list (see {@code DepartmentTask}), nearest deadline first: the same conditions as
     * the department's counts, on the unit's open assignments.
     */
    public List<SubmissionLine> unitTasks(String unitCode, DepartmentTask task, int offset, int limit) {
        Query q = new Query(LINE + " from submission_party p join submission s on s.id = p.submission_id"
                + " where p.unit_code = ? and p.open_item = true", unitCode);
        switch (task) {
            case SIGN -> q.and("p.lead = true and s.state = '" + SubmissionState.ASSIGNED + "'");
            case ANSWER -> q.and("p.lead = true and s.state in ('" + SubmissionState.SIGNED + "','"
                    + SubmissionState.REWORK + "')");
            case INPUT -> q.and("p.lead = false and p.input_at is null and s.state in " + RUNNING);
        }
        return page(q, "s.deadline, s.id", offset, limit);
    }

    public List<SubmissionLine> submitterList(String username, InboxFilter filter, int offset, int limit) {
        Query q = new Query(LINE + " from submission s where s.submitter_username = ?", username);
        common(q, filter);
        return page(q, "s.submitter_username desc, s.id desc", offset, limit);
    }

    /** The lines of these items, in no particular order (the search orders them). */
    public List<SubmissionLine> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        return jdbc.sql(LINE + " from submission s where s.id in " + marks).params(new ArrayList<Object>(ids))
                .query(SubmissionLists::line).list();
    }

    private static void common(Query q, InboxFilter filter) {
        if (filter.state() != null) {
            q.and("s.state = ?", filter.state().name());
        } else if (filter.openOnly()) {
            q.and("s.state not in " + FINISHED);
        }
        if (filter.type() != null) {
            q.and("s.type = ?", filter.type().name());
        }
    }

    private List<SubmissionLine> page(Query q, String order, int offset, int limit) {
        q.sql.append(" order by ").append(order).append(" limit ? offset ?");
        q.params.add(limit);
        q.params.add(offset);
        return jdbc.sql(q.sql.toString()).params(q.params).query(SubmissionLists::line).list();
    }

    private static SubmissionLine line(ResultSet rs, int row) throws SQLException {
        return new SubmissionLine(rs.getLong(1), rs.getString(2), SubmissionType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), SubmissionState.valueOf(rs.getString(6)), rs.getString(7),
                rs.getObject(8, LocalDate.class), instant(rs, 9), instant(rs, 10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16));
    }


    /**
     * As Hibernate reads the entities' times: H2 keeps them in the session's zone, MySQL and MariaDB
     * as UTC, which the driver knows from connectionTimeZone=UTC in the URL (see the mysql profile).
     */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A statement being built and its positional parameters. */
    private static final class Query {
        final StringBuilder sql;
        final List<Object> params = new ArrayList<>();

        Query(String start, Object... params) {
            this.sql = new StringBuilder(start);
            this.params.addAll(List.of(params));
        }

        void and(String condition, Object... params) {
            sql.append(" and ").append(condition);
            this.params.addAll(List.of(params));
        }
    }
}
