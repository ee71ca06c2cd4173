package cn.ezhou.yshj.search.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code portal.search.share-changes=true}: lists each insert, update and delete of an indexed
 * record in {@code search_change}, on the same connection and in the same transaction as the write
 * (so the row exists exactly when the change does), for the other instances' {@link ChangeRelay}.
 * Written with plain JDBC because the listener runs inside Hibernate's flush.
 */
@Component
@ConditionalOnProperty("portal.search.share-changes")
public class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String INSERT =
            "insert into search_change (instance_id, entity_name, entity_id, changed_at) values (?, ?, ?, ?)";

    private final String instanceId = UUID.randomUUID().toString();
    private final Set<Class<?>> indexed;
    private final Clock clock;

    ChangeRecorder(EntityManagerFactory entityManagers, Clock clock) {
        this.clock = clock;
        this.indexed = Search.mapping(entityManagers).allIndexedEntities().stream()
                .map(SearchIndexedEntity::javaClass).collect(Collectors.toUnmodifiableSet());
        EventListenerRegistry registry = entityManagers.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    /** This JVM's own mark, so that its relay skips what it has indexed already. */
    String instanceId() {
        return instanceId;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, Object entity, Object id) {
        if (!(entity instanceof AbstractEntity) || !indexed.contains(entity.getClass()) || !(id instanceof Long key)) {
            return;
        }
        try (PreparedStatement insert = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement(INSERT)) {
            insert.setString(1, instanceId);
            insert.setString(2, entity.getClass().getName());
            insert.setLong(3, key);
            insert.setObject(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list a change for the other instances' search index", e);
        }
    }
}
