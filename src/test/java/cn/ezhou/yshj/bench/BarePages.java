package cn.ezhou.yshj.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The benchmark's yardstick: each page read the way a plain JDBC caller reads it, every time
 * afresh: borrow a connection from the application's pool, prepare the statement, bind, execute,
 * read every row into an object with the columns the page shows, close. The statements are the
 * ones the services send (same columns, filters, order and limit), so the ratio is the cost of
 * the service around the same database work.
 */
final class BarePages {

    /** The columns of a list line (SubmissionSummary, with the two flags the pseudonym rule needs). */
    private static final String LINE = "select s.id, s.reference_no, s.type, s.domain_code, s.title, s.state,"
            + " s.lead_unit, s.deadline, s.submitted_at, s.created_at, s.submitter_name, s.pseudonym,"
            + " s.channel_code, s.urgent, s.name_disclosed, s.identity_revealed";
    static final String OFFICE_BY_STATE = LINE + " from submission s where s.state <> 'DRAFT' and s.state = ?"
            + " order by s.state desc, s.id desc limit ? offset ?";
    static final String UNIT_OPEN = LINE + " from submission_party p join submission s on s.id = p.submission_id"
            + " where p.unit_code = ? and p.open_item = true and s.state not in ('REJECTED','MERGED','CLOSED')"
            + " order by p.unit_code desc, p.open_item desc, p.submission_id desc limit ? offset ?";
    static final String SUBMITTER = LINE + " from submission s where s.submitter_username = ?"
            + " order by s.submitter_username desc, s.id desc limit ? offset ?";
    static final String TIMELINE = "select e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.from_state,"
            + " e.to_state, e.detail, e.submitter_visible from submission_event e where e.submission_id = ?"
            + " order by e.id";


    record Line(long id, String reference, String type, String domain, String title, String state, String leadUnit,
                LocalDate deadline, Instant submittedAt, Instant createdAt, String submitterName, String pseudonym,
                String channel, boolean urgent, boolean nameDisclosed, boolean identityRevealed) {
    }

    record Event(long id, Instant at, String actor, String actorRole, String action, String from, String to,
                 String detail, boolean submitterVisible) {
    }

    private final DataSource dataSource;

    BarePages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Line> lines(String sql, Object key, int offset, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                            instant(rs, 9), instant(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Event> timeline(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(TIMELINE)) {
            ps.setLong(1, id);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
