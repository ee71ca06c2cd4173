package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An item's timeline read in one statement together with what the scope check needs of the item
 * (submitter, lead unit, whether the viewer's unit is a co-department, the disclosure flags), so
 * a timeline costs one round trip instead of loading the item, its departments and its lines one
 * after another. The caller decides the standing before it shows any line.
 */
@Component
public class ItemTimeline {

    private static final String SQL = "select s.submitter_username, s.pseudonym, s.lead_unit, s.name_disclosed,"
            + " s.identity_revealed, %s, e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.from_state,"
            + " e.to_state, e.detail, e.submitter_visible"
            + " from submission s %s join submission_event e on e.submission_id = s.id where s.id = ? order by e.id";
    private static final String CO_UNIT = "exists (select 1 from submission_party p"
            + " where p.submission_id = s.id and p.unit_code = ? and p.lead = false)";
    /**
     * An inner join first: MySQL and MariaDB sort a left join's lines in a temporary table. Only an
     * item without lines (a draft), or no item, needs the left join to tell the two apart.
     */
    private static final String[] WITH_LINES = {SQL.formatted("false", "inner"), SQL.formatted(CO_UNIT, "inner")};
    private static final String[] ANY = {SQL.formatted("false", "left"), SQL.formatted(CO_UNIT, "left")};

    /** What the timeline needs of the item: who may read it and how the submitter is shown. */
    public record Scope(String submitterUsername, String pseudonym, String leadUnit, boolean nameDisclosed,
                        boolean identityRevealed, boolean viewerIsCo) {
    }

    public record Line(long id, Instant at, String actor, String actorRole, String action, SubmissionState from,
                       SubmissionState to, String detail, boolean submitterVisible) {
    }

    public record Read(Scope scope, List<Line> lines) {
    }

    private final JdbcClient jdbc;

    ItemTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's scope and all its lines, oldest first; empty if there is no such item. */
    public Optional<Read> read(long id, String viewerUnit) {
        Optional<Read> read = query(WITH_LINES, id, viewerUnit);
        return read.isPresent() ? read : query(ANY, id, viewerUnit);
    }

    private Optional<Read> query(String[] sql, long id, String viewerUnit) {
        JdbcClient.StatementSpec spec = viewerUnit == null
                ? jdbc.sql(sql[0]).param(id)
                : jdbc.sql(sql[1]).param(viewerUnit).param(id);
        return spec.query(ItemTimeline::extract);
    }

    private static Optional<Read> extract(ResultSet rs) throws SQLException {
        Scope scope = null;
        List<Line> lines = new ArrayList<>();
        while (rs.next()) {
            if (scope == null) {
                scope = new Scope(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6));
            }
            long lineId = rs.getLong(7);
            if (!rs.wasNull()) {
                lines.add(new Line(lineId, SubmissionLists.instant(rs, 8), rs.getString(9),
                        rs.getString(10), rs.getString(11), state(rs.getString(12)), state(rs.getString(13)),
                        rs.getString(14), rs.getBoolean(15)));
            }
        }
        return scope == null ? Optional.empty() : Optional.of(new Read(scope, lines));
    }

    private static SubmissionState state(String name) {
        return name == null ? null : SubmissionState.valueOf(name);
    }

}
