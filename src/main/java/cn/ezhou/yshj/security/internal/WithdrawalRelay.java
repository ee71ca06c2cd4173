package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.security.AccessWithdrawn;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries withdrawn access to the other instances through the database. The withdrawal is written
 * in the transaction that withdraws (so it exists exactly when the change does); every instance
 * looks every few seconds for withdrawals it has not handled and ends the sessions it holds for
 * that user. It looks back over a window rather than past the highest id seen, because a
 * transaction that took a lower id may commit after a higher one; ids handled are remembered for
 * the window, so a user who logs in again after a withdrawal is not logged out a second time.
 */
@Component
public class WithdrawalRelay {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalRelay.class);
    static final Duration WINDOW = Duration.ofMinutes(2);
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final LiveSessions sessions;
    private final Clock clock;
    private final Map<Long, Instant> handled = new ConcurrentHashMap<>();

    WithdrawalRelay(JdbcTemplate jdbc, LiveSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Synchronous, inside the withdrawing transaction: the row commits or rolls back with it. This
     * instance ends its own sessions after the commit ({@link LiveSessions}), so its poll skips the row.
     */
    @EventListener
    void record(AccessWithdrawn event) {
        Instant at = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into access_withdrawal (username, withdrawn_at) values (?, ?)", new String[] {"id"});
            insert.setString(1, event.username());
            insert.setObject(2, utc(at));
            return insert;
        }, key);
        handled.put(key.getKey().longValue(), at);
    }

    /** On every instance (no lock): ends this instance's sessions of users withdrawn elsewhere. */
    @Scheduled(fixedDelayString = "${portal.security.withdrawal-poll:PT2S}")
    public void poll() {
        Instant since = clock.instant().minus(WINDOW);
        handled.values().removeIf(at -> at.isBefore(since.minus(WINDOW)));
        jdbc.query("select id, username, withdrawn_at from access_withdrawal where withdrawn_at > ? order by id",
                rs -> {
                    long id = rs.getLong(1);
                    if (handled.putIfAbsent(id, rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)) == null) {
                        int ended = sessions.end(rs.getString(2));
                        if (ended > 0) {
                            log.info("Access withdrawn from '{}' on another instance: {} session(s) ended here",
                                    rs.getString(2), ended);
                        }
                    }
                }, utc(since));
    }

    @Scheduled(cron = "${portal.security.withdrawal-prune-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "access-withdrawal-prune", lockAtMostFor = "10m")
    void prune() {
        jdbc.update("delete from access_withdrawal where withdrawn_at < ?", utc(clock.instant().minus(KEEP)));
    }

    /** As the rest of the schema: UTC wall time, whatever the JVM's zone. */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
