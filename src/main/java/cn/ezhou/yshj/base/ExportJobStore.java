package cn.ezhou.yshj.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export_job table: each background export's state and finished file, shared by every instance.
 * Plain SQL rather than an entity, so that reading the state never loads the file. Every update of a
 * running job is guarded by {@code finished_at is null}: the first outcome written stays.
 */
@Component
class ExportJobStore {

    private static final String STATE = "id, owner, progress, error_key, started_at, updated_at, finished_at,"
            + " file_name, content_type";

    private final JdbcClient jdbc;

    ExportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row without its file. Progress in thousandths. */
    record Row(String id, String owner, int progress, String errorKey, Instant startedAt, Instant updatedAt,
               Instant finishedAt, String fileName, String contentType) {
    }

    void create(String id, String owner, String kind, Instant now) {
        jdbc.sql("insert into export_job (id, owner, kind, progress, started_at, updated_at) values (?, ?, ?, 0, ?, ?)")
                .params(id, owner, kind, ts(now), ts(now)).update();
    }

    void progress(String id, int thousandths, Instant now) {
        jdbc.sql("update export_job set progress = ?, updated_at = ? where id = ? and finished_at is null")
                .params(thousandths, ts(now), id).update();
    }

    /** Moves updated_at of jobs this instance still runs, so that they are not taken for abandoned. */
    void heartbeat(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update export_job set updated_at = :now where id in (:ids) and finished_at is null")
                    .param("now", ts(now)).param("ids", ids).update();
        }
    }

    void finish(String id, BackgroundJobs.Result result, Instant now) {
        jdbc.sql("""
                update export_job set progress = 1000, updated_at = ?, finished_at = ?, file_name = ?,
                content_type = ?, content = ? where id = ? and finished_at is null""")
                .params(ts(now), ts(now), result.fileName(), result.contentType(), result.content(), id).update();
    }

    void fail(String id, String errorKey, Instant now) {
        jdbc.sql("update export_job set error_key = ?, updated_at = ?, finished_at = ? where id = ? and finished_at is null")
                .params(errorKey, ts(now), ts(now), id).update();
    }

    Optional<Row> find(String id, String owner) {
        return jdbc.sql("select " + STATE + " from export_job where id = ? and owner = ?")
                .params(id, owner).query(ExportJobStore::row).optional();
    }

    /** The owner's most recently started job of a kind. */
    Optional<Row> latest(String owner, String kind) {
        return jdbc.sql("select " + STATE + " from export_job where owner = ? and kind = ?"
                        + " order by started_at desc, id limit 1")
                .params(owner, kind).query(ExportJobStore::row).optional();
    }

    /** The file of a job finished without error, for its owner only. */
    Optional<BackgroundJobs.Result> file(String id, String owner) {
        return jdbc.sql("""
                select file_name, content_type, content from export_job
                where id = ? and owner = ? and finished_at is not null and error_key is null""")
                .params(id, owner)
                .query((rs, n) -> new BackgroundJobs.Result(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Deletes finished and abandoned jobs last touched before the limit; returns how many. */
    int deleteUntouchedSince(Instant limit) {
        return jdbc.sql("delete from export_job where updated_at < ?").params(ts(limit)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("owner"), rs.getInt("progress"), rs.getString("error_key"),
                instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "finished_at"),
                rs.getString("file_name"), rs.getString("content_type"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
