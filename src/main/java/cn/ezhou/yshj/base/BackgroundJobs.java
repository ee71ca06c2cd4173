package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Long exports run here instead of in the request: the work runs as the user who started it
 * (their security context travels with it), reports its progress, and its file waits for the
 * same user to download it. Files live in memory for an hour; an export is cheap to run again.
 */
@Component
public class BackgroundJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    /** A finished file. */
    public record Result(String fileName, String contentType, byte[] content) {
    }

    /** Where a job stands: progress 0..1, the result once done, or the error message key. */
    public record Status(String id, String owner, double progress, Result result, String errorKey, Instant startedAt) {
        public boolean done() {
            return result != null || errorKey != null;
        }
    }

    private final Map<String, Status> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final SecurityContextHolderStrategy security;
    private final CurrentUser currentUser;
    private final Clock clock;

    BackgroundJobs(SecurityContextHolderStrategy security, CurrentUser currentUser, Clock clock) {
        this.security = security;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts the work as the current user; returns the job's id. */
    public String start(Function<DoubleConsumer, Result> work) {
        forgetOld();
        String owner = currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
        SecurityContext context = security.getContext();
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Status(id, owner, 0, null, null, clock.instant()));
        executor.submit(() -> {
            security.setContext(context);
            try {
                Result result = work.apply(p -> jobs.computeIfPresent(id, (k, s) ->
                        new Status(id, owner, Math.max(0, Math.min(1, p)), null, null, s.startedAt())));
                jobs.computeIfPresent(id, (k, s) -> new Status(id, owner, 1, result, null, s.startedAt()));
            } catch (Refusal r) {
                jobs.computeIfPresent(id, (k, s) -> new Status(id, owner, s.progress(), null, r.key(), s.startedAt()));
            } catch (RuntimeException e) {
                log.error("Background job {} failed", id, e);
                jobs.computeIfPresent(id, (k, s) -> new Status(id, owner, s.progress(), null, "error.jobFailed", s.startedAt()));
            } finally {
                security.clearContext();
            }
        });
        return id;
    }

    /** The job, only for the user who started it. */
    public Optional<Status> status(String id) {
        String me = currentUser.username().orElse(null);
        return Optional.ofNullable(jobs.get(id)).filter(s -> s.owner().equals(me));
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(s -> s.done() && s.startedAt().isBefore(limit));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
