package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Prepared exports kept in the database: what a second instance, or the same one after a restart,
 * sees of a job; only its owner reads it; a job nobody runs any more ends as failed; old ones go.
 */
abstract class ExportJobsContract {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired BackgroundJobs jobs;
    @Autowired ExportJobStore store;
    @Autowired ExportJobSweep sweep;
    @Autowired CurrentUser currentUser;
    @Autowired TestClock clock;
    @Autowired UserAccountRepository accounts;
    @Autowired SecurityContextHolderStrategy security;
    Actors actors;
    String kind;

    @BeforeEach
    void setUp() {
        kind = "test-" + UUID.randomUUID().toString().substring(0, 8);
        actors = new Actors(security, accounts).ensure("t-office", null, "OFFICE").ensure("t-office2", null, "OFFICE");
        actors.as("t-office", "OFFICE");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    /** Another instance of the service on the same database, or this one after a restart. */
    private BackgroundJobs otherInstance() {
        return new BackgroundJobs(store, security, currentUser, clock, Duration.ofMinutes(30));
    }

    private String finishedExport(String text) {
        String id = jobs.start(kind, progress -> {
            progress.accept(0.5);
            return new BackgroundJobs.Result("report.xlsx", "application/test", text.getBytes(StandardCharsets.UTF_8));
        });
        await("the export").atMost(WAIT).pollInSameThread().until(() -> jobs.status(id).map(BackgroundJobs.Status::done).orElse(false));
        return id;
    }

    @Test
    void the_owner_downloads_a_finished_export_from_another_instance_or_after_a_restart() throws Exception {
        String id = finishedExport("月报 contents");
        BackgroundJobs restarted = otherInstance();
        try {
            BackgroundJobs.Status status = restarted.status(id).orElseThrow();
            assertThat(status.succeeded()).isTrue();
            assertThat(status.progress()).isEqualTo(1.0);
            assertThat(status.owner()).isEqualTo("t-office");
            assertThat(status.fileName()).isEqualTo("report.xlsx");
            BackgroundJobs.Result file = restarted.result(id).orElseThrow();
            assertThat(file.contentType()).isEqualTo("application/test");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("月报 contents");
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void a_page_opened_later_finds_the_owners_latest_export_of_its_kind_and_nobody_elses() {
        finishedExport("first");
        clock.advance(Duration.ofMinutes(1));
        String second = finishedExport("second");
        BackgroundJobs restarted = otherInstance();
        try {
            assertThat(restarted.latest(kind)).map(BackgroundJobs.Status::id).contains(second);
            assertThat(restarted.latest(kind + "-other")).isEmpty();
            actors.as("t-office2", "OFFICE");
            assertThat(restarted.latest(kind)).isEmpty();
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void another_user_neither_sees_the_job_nor_gets_its_file() {
        String id = finishedExport("not yours");
        actors.as("t-office2", "OFFICE");
        assertThat(jobs.status(id)).isEmpty();
        assertThat(jobs.result(id)).isEmpty();
        actors.anonymous();
        assertThat(jobs.status(id)).isEmpty();
        assertThat(jobs.result(id)).isEmpty();
        assertThatThrownBy(() -> jobs.start(kind, p -> null)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_refused_export_reports_its_reason_and_has_no_file() {
        String id = jobs.start(kind, p -> {
            throw new Refusal("error.accessDenied");
        });
        await("the export").atMost(WAIT).pollInSameThread().until(() -> jobs.status(id).map(BackgroundJobs.Status::done).orElse(false));
        assertThat(jobs.status(id).orElseThrow().errorKey()).isEqualTo("error.accessDenied");
        assertThat(jobs.result(id)).isEmpty();
    }

    @Test
    void a_job_whose_instance_stopped_shows_as_failed_after_the_timeout() {
        String id = UUID.randomUUID().toString();
        store.create(id, "t-office", kind, clock.instant()); // started on an instance that then died
        clock.advance(Duration.ofMinutes(29));
        assertThat(jobs.status(id).orElseThrow().done()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        BackgroundJobs.Status status = jobs.status(id).orElseThrow();
        assertThat(status.done()).isTrue();
        assertThat(status.succeeded()).isFalse();
        assertThat(status.errorKey()).isEqualTo(BackgroundJobs.ABANDONED);
        assertThat(jobs.result(id)).isEmpty();
    }

    @Test
    void a_long_job_that_still_runs_is_kept_alive_by_its_instance() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        String id = jobs.start("test-docx", p -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new BackgroundJobs.Result("slow.docx", "application/test", new byte[] {1});
        });
        try {
            clock.advance(Duration.ofMinutes(20));
            jobs.heartbeat();
            clock.advance(Duration.ofMinutes(20));
            assertThat(jobs.status(id).orElseThrow().done()).isFalse();
        } finally {
            release.countDown();
        }
        await("the export").atMost(WAIT).pollInSameThread().until(() -> jobs.status(id).map(BackgroundJobs.Status::succeeded).orElse(false));
    }

    @Test
    void the_sweep_deletes_exports_untouched_for_the_keep_period_and_keeps_newer_ones() {
        String old = finishedExport("old");
        String abandoned = UUID.randomUUID().toString();
        store.create(abandoned, "t-office", kind, clock.instant());
        clock.advance(Duration.ofMinutes(90));
        String recent = finishedExport("recent");
        sweep.sweep();
        assertThat(jobs.status(old)).isEmpty();
        assertThat(jobs.result(old)).isEmpty();
        assertThat(jobs.status(abandoned)).isEmpty();
        assertThat(jobs.result(recent)).isPresent();
    }
}
