package cn.ezhou.yshj.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every instance (no lock), every two seconds: indexes in this instance's own index the records
 * the other instances wrote, as {@link ChangeRecorder} listed them — loaded afresh, so the index
 * shows the committed state, or removed when the record is gone. It looks back over a window
 * rather than past the highest id seen, because a transaction that took a lower id may commit after
 * a higher one; ids handled are remembered for the window.
 */
@Component
@ConditionalOnProperty("portal.search.share-changes")
public class ChangeRelay {

    private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);
    private static final Duration WINDOW = Duration.ofMinutes(2);
    private static final Duration KEEP = Duration.ofDays(1);

    private record Change(long id, String entity, long entityId, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final Map<Long, Instant> handled = new ConcurrentHashMap<>();

    ChangeRelay(JdbcTemplate jdbc, EntityManager entityManager, TransactionTemplate transactions,
                ChangeRecorder recorder, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Indexes what other instances changed and this one has not indexed yet; returns how many records. */
    @Scheduled(fixedDelayString = "${portal.search.share-changes-poll:PT2S}")
    public int poll() {
        Instant since = clock.instant().minus(WINDOW);
        handled.values().removeIf(at -> at.isBefore(since.minus(WINDOW)));
        List<Change> fresh = new ArrayList<>();
        jdbc.query("select id, entity_name, entity_id, changed_at from search_change"
                        + " where changed_at > ? and instance_id <> ? order by id",
                rs -> {
                    Change c = new Change(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                    if (!handled.containsKey(c.id())) {
                        fresh.add(c);
                    }
                }, LocalDateTime.ofInstant(since, ZoneOffset.UTC), recorder.instanceId());
        if (fresh.isEmpty()) {
            return 0;
        }
        transactions.executeWithoutResult(tx -> {
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            for (Change c : fresh) {
                Class<?> type = type(c.entity());
                Object entity = type == null ? null : entityManager.find(type, c.entityId());
                if (entity != null) {
                    plan.addOrUpdate(entity);
                } else if (type != null) {
                    plan.purge(type, c.entityId(), null);
                }
            }
        });
        fresh.forEach(c -> handled.put(c.id(), c.at()));
        log.debug("Indexed {} change(s) made on other instances", fresh.size());
        return fresh.size();
    }

    @Scheduled(cron = "${portal.search.share-changes-prune-cron:0 50 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "search-change-prune", lockAtMostFor = "10m")
    void prune() {
        jdbc.update("delete from search_change where changed_at < ?",
                LocalDateTime.ofInstant(clock.instant().minus(KEEP), ZoneOffset.UTC));
    }

    private Class<?> type(String name) {
        Class<?> type = entityManager.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(t -> t.getName().equals(name)).findFirst().orElse(null);
        if (type == null) {
            log.warn("A search change names an unknown record type {}", name);
        }
        return type;
    }
}
