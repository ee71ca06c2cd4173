package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Long exports run here instead of in the request: the work runs as the user who started it
 * (their security context travels with it), reports its progress, and its file waits for the
 * same user to download it. State and file are kept in the database (export_job), so any instance
 * answers for a job and a finished file survives a restart; {@link ExportJobSweep} deletes them
 * after {@code portal.exports.keep}. A running job whose instance stopped beating for
 * {@code portal.exports.abandoned-after} is reported failed.
 */
@Component
public class BackgroundJobs implements DisposableBean {

    static final String ABANDONED = "export.error.abandoned";
    static final int KIND_MAX = 60;
    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** A finished file. */
    public record Result(String fileName, String contentType, byte[] content) {
    }

    /** Where a job stands: progress 0..1, the file's name once done, or the error message key. */
    public record Status(String id, String owner, double progress, String fileName, String contentType,
                         String errorKey, Instant startedAt, Instant finishedAt) {
        public boolean done() {
            return finishedAt != null || errorKey != null;
        }

        /** Finished with a file to download. */
        public boolean succeeded() {
            return finishedAt != null && errorKey == null;
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();
    private final ExportJobStore store;
    private final SecurityContextHolderStrategy security;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration abandonedAfter;

    BackgroundJobs(ExportJobStore store, SecurityContextHolderStrategy security, CurrentUser currentUser, Clock clock,
                   @Value("${portal.exports.abandoned-after:30m}") Duration abandonedAfter) {
        this.store = store;
        this.security = security;
        this.currentUser = currentUser;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Starts the work as the current user; returns the job's id. The kind names the export (e.g.
     * {@code bulletin-docx}) for {@link #latest(String)}.
     */
    public String start(String kind, Function<DoubleConsumer, Result> work) {
        String owner = me().orElseThrow(() -> new Refusal("error.accessDenied"));
        if (kind == null || kind.isBlank() || kind.length() > KIND_MAX) {
            throw new IllegalArgumentException("An export's kind has 1 to " + KIND_MAX + " characters: " + kind);
        }
        SecurityContext context = security.getContext();
        String id = UUID.randomUUID().toString();
        store.create(id, owner, kind, clock.instant());
        runningHere.add(id);
        executor.submit(() -> run(id, work, context));
        return id;
    }

    private void run(String id, Function<DoubleConsumer, Result> work, SecurityContext context) {
        security.setContext(context);
        try {
            ProgressThrottle progress = new ProgressThrottle(clock, (p, at) -> store.progress(id, p, at));
            Result result = work.apply(progress);
            store.finish(id, result, clock.instant());
        } catch (Refusal r) {
            store.fail(id, r.key(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Background job {} failed", id, e);
            store.fail(id, "error.jobFailed", clock.instant());
        } finally {
            runningHere.remove(id);
            security.clearContext();
        }
    }

    /** The job, only for the user who started it; a job nobody has run for a while shows as failed. */
    public Optional<Status> status(String id) {
        return me().flatMap(me -> store.find(id, me)).map(this::status);
    }

    /**
     * The current user's most recent job of a kind while it is kept, from any instance: a page opened
     * later, after a restart or on another instance, offers it again.
     */
    public Optional<Status> latest(String kind) {
        return me().flatMap(me -> store.latest(me, kind)).map(this::status);
    }

    private Status status(ExportJobStore.Row r) {
        boolean abandoned = r.finishedAt() == null && r.updatedAt().isBefore(clock.instant().minus(abandonedAfter));
        return new Status(r.id(), r.owner(), r.progress() / 1000.0, r.fileName(), r.contentType(),
                abandoned ? ABANDONED : r.errorKey(), r.startedAt(), r.finishedAt());
    }

    /** The finished file, only for the user who started the job. */
    public Optional<Result> result(String id) {
        return me().flatMap(me -> store.file(id, me));
    }

    /** Tells the other instances that the jobs running here are alive; not under ShedLock, each instance beats for its own. */
    @Scheduled(fixedDelayString = "${portal.exports.heartbeat:PT1M}")
    void heartbeat() {
        store.heartbeat(Set.copyOf(runningHere), clock.instant());
    }

    private Optional<String> me() {
        return currentUser.username();
    }

    /** Jobs cut off by a shutdown are marked failed at once rather than after the timeout. */
    @Override
    public void destroy() {
        executor.shutdownNow();
        Instant now = clock.instant();
        Set.copyOf(runningHere).forEach(id -> store.fail(id, ABANDONED, now));
    }
}
