package cn.ezhou.yshj.search.internal;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.search.IndexStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database. Everything saved through JPA is indexed as it
 * commits; what cannot be seen that way (a new or deleted index directory, a changed mapping, a
 * crash between a commit and its index write, a restored backup) is caught at start by comparing
 * each indexed type's count in the index with its count in the database, and by a version file
 * beside the index: on any difference the whole index is rebuilt from the database.
 */
@Component
public class IndexKeeper {

    /** Raise when an entity's search mapping changes, so existing indexes are rebuilt once. */
    static final String MAPPING_VERSION = "1";
    private static final String VERSION_FILE = "portal-index.version";
    /**
     * Index writes are made visible at once but reach the disk within a second (read-sync, see
     * application.properties), so a portal that stopped without closing may have lost the last
     * ones, updates included, which no count shows: such an index is rebuilt.
     */
    private static final String STATE_FILE = "portal-index.state";
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    private static final String BULK_LOAD = "search.index.reason.bulkLoad";
    private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

    private final EntityManagerFactory entityManagers;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path directory;
    private final boolean blocking;
    /** "off": checked and reported at start, not rebuilt (a benchmark times the rebuild itself). */
    private final boolean off;
    private volatile boolean paused;
    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.ready());

    IndexKeeper(EntityManagerFactory entityManagers, EntityManager entityManager, TransactionTemplate transactions,
                Clock clock, @Value("${portal.search.dir:}") String directory,
                @Value("${portal.search.build-on-start:background}") String buildOnStart) {
        this.entityManagers = entityManagers;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory.isBlank() ? null : Path.of(directory);
        this.blocking = buildOnStart.equals("blocking");
        this.off = buildOnStart.equals("off");
    }

    public IndexStatus status() {
        return status.get();
    }

    /** True during a bulk load: nothing is indexed at commit, the rebuild at its end indexes it all. */
    public boolean paused() {
        return paused;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        // a bulk load's rebuild, begun before the portal was ready, is left to finish
        String reason = status().building() ? null : outOfDateReason();
        write(STATE_FILE, OPEN);
        if (reason == null) {
            log.info("Search index is up to date or being rebuilt");
            return;
        }
        rebuildAsConfigured(reason);
    }

    /** Commits stop reaching the index until {@link #resumeIndexingAndRebuild()}; see {@code BulkIndexing}. */
    public void pauseIndexing() {
        paused = true;
        mapping().indexingPlanFilter(filter -> filter.exclude(Object.class));
        log.info("Search index: indexing at commit paused for a bulk load");
    }

    /** Indexing at commit again, and the index rebuilt from the database: what was committed meanwhile is in it. */
    public void resumeIndexingAndRebuild() {
        mapping().indexingPlanFilter(filter -> filter.include(Object.class));
        paused = false;
        rebuildAsConfigured(BULK_LOAD);
    }

    /** As {@code portal.search.build-on-start} says: at once, in the background, or not at all ("off"). */
    private void rebuildAsConfigured(String reason) {
        if (off) {
            log.warn("Search index is out of date ({}) and not rebuilt: portal.search.build-on-start=off", reason);
            return;
        }
        log.info("Search index is rebuilt: {}", reason);
        if (blocking) {
            rebuild(reason);
        } else {
            rebuildInBackground(reason);
        }
    }

    public IndexStatus rebuildInBackground(String reason) {
        IndexStatus begun = begin(reason);
        Thread.ofPlatform().daemon().name("search-index-rebuild").start(() -> run(begun));
        return begun;
    }

    /** Rebuilds and returns when done; for the start of a test or a benchmark. */
    public IndexStatus rebuild(String reason) {
        run(begin(reason));
        return status.get();
    }

    /** The message key of why the index is out of date, or null when it is not. */
    public String outOfDateReason() {
        if (directory != null && !MAPPING_VERSION.equals(readVersion())) {
            return "search.index.reason.version";
        }
        if (OPEN.equals(read(STATE_FILE))) {
            return "search.index.reason.unclean";
        }
        return transactions.execute(tx -> {
            for (SearchIndexedEntity<?> type : mapping().allIndexedEntities()) {
                long indexed = Search.session(entityManager).search(type.javaClass())
                        .where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = entityManager.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                if (indexed != stored) {
                    return "search.index.reason.count";
                }
            }
            return null;
        });
    }

    private IndexStatus begin(String reason) {
        IndexStatus begun = new IndexStatus(true, 0, 0, reason, Instant.now(clock), null, null);
        IndexStatus before = status.get();
        if (before.building() || !status.compareAndSet(before, begun)) {
            throw new Refusal("search.index.error.running");
        }
        return begun;
    }

    private void run(IndexStatus begun) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        try {
            mapping().scope(Object.class).massIndexer()
                    .purgeAllOnStart(true)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            status.set(progress(begun, done.addAndGet(increment), total.get()));
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            total.addAndGet(increment);
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
            writeVersion();
            status.set(new IndexStatus(false, done.get(), total.get(), begun.reason(), begun.startedAt(),
                    Instant.now(clock), null));
            log.info("Search index rebuilt: {} records in {} ms", done.get(),
                    Instant.now(clock).toEpochMilli() - begun.startedAt().toEpochMilli());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(begun, done.get(), total.get(), e);
        } catch (RuntimeException e) {
            failed(begun, done.get(), total.get(), e);
        }
    }

    private static IndexStatus progress(IndexStatus begun, long done, long total) {
        return new IndexStatus(true, done, total, begun.reason(), begun.startedAt(), null, null);
    }

    private void failed(IndexStatus begun, long done, long total, Exception e) {
        log.error("Search index rebuild failed", e);
        status.set(new IndexStatus(false, done, total, begun.reason(), begun.startedAt(), Instant.now(clock),
                String.valueOf(e.getMessage())));
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagers);
    }

    private String readVersion() {
        return read(VERSION_FILE);
    }

    private void writeVersion() {
        write(VERSION_FILE, MAPPING_VERSION);
    }

    /** While the portal runs the index is marked open; an orderly stop marks it closed. */
    @EventListener(ContextClosedEvent.class)
    void markClosed() {
        write(STATE_FILE, CLOSED);
    }

    private String read(String name) {
        if (directory == null) {
            return null;
        }
        try {
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void write(String name, String value) {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name), value);
        } catch (IOException e) {
            log.warn("Search index file {} not written; the index is rebuilt at the next start", name, e);
        }
    }
}
