package cn.ezhou.yshj.oversight.internal;

import static cn.ezhou.yshj.oversight.OversightScenario.DEPT;
import static cn.ezhou.yshj.oversight.OversightScenario.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.oversight.OversightScenario;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.ChangedItem;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionFigures;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic run recounts only the buckets of changed items and ends with exactly the figures a
 * full rebuild gives: after new items, replies, ratings, a reopening, a return and reassignment to
 * another department, an extension and a late reply; a change made while a run is under way is
 * counted by the next run; with nothing changed nothing is recounted.
 */
abstract class IncrementalFiguresContract {

    @Autowired FigureRefresh refresh;
    @Autowired FigureStore store;
    @Autowired BucketStore buckets;
    @Autowired FigureReader reader;
    @Autowired SubmissionFigures submissionFigures;
    @Autowired WorkCalendarService calendar;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk department;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    OversightScenario s;

    @BeforeEach
    void setUp() {
        s = new OversightScenario(security, accounts, clock, submissions, office, department);
        refresh.run();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    @Test
    void incremental_runs_end_with_the_figures_of_a_full_rebuild_after_every_kind_of_change() {
        SubmissionDetail a = s.assignedOn("2026-09-16");
        SubmissionDetail b = s.assignedOn("2026-09-16");
        recountedLikeAFullRebuild();
        a = s.answeredOn(a, "2026-09-22");
        recountedLikeAFullRebuild();
        a = s.ratedOn(a, "2026-09-23", Rating.DISSATISFIED);
        s.as(OFFICE);
        a = office.reopen(a.id(), a.version(), "保证金仍未退还");
        recountedLikeAFullRebuild();

        // Returned, sent back to triage (no department, no deadline) and given to another department: two moves, one run.
        s.at("2026-09-17");
        s.as(DEPT);
        b = department.returnItem(b.id(), b.version(), "不属于本单位职责");
        s.as(OFFICE);
        b = office.acceptReturn(b.id(), b.version(), null);
        b = office.assign(b.id(), b.version(), new AssignCommand("SFJ", List.of(), false));
        assertThat(b.deadline()).isNotNull();
        recountedLikeAFullRebuild();

        SubmissionDetail c = s.assignedOn("2026-09-22");
        s.as(DEPT);
        c = department.requestExtension(c.id(), c.version(), c.deadline().plusDays(10), "需要现场核查");
        s.as(OFFICE);
        c = office.decideExtension(c.id(), c.version(), true, null);
        SubmissionDetail late = s.assignedOn("2026-09-22");
        s.answeredOn(late, "2026-10-09");
        recountedLikeAFullRebuild();
    }

    @Test
    void a_change_made_while_a_run_is_under_way_is_counted_by_the_next_run() throws Exception {
        SubmissionDetail a = s.assignedOn("2026-09-16");
        refresh.run();
        SubmissionDetail b = s.assignedOn("2026-09-16");
        AtomicReference<SubmissionDetail> moved = new AtomicReference<>();
        FigureBuilder countingWhileAChangeCommits = new FigureBuilder(submissionFigures, calendar) {
            @Override
            Built buckets(Collection<FigureBucket> touched) {
                // Another user's transaction: the department replies to A after the run has read the marks.
                moved.set(CompletableFuture.supplyAsync(() -> {
                    try {
                        return s.answeredOn(a, "2026-09-18");
                    } finally {
                        security.clearContext();
                    }
                }).orTimeout(60, TimeUnit.SECONDS).join());
                return super.buckets(touched);
            }
        };
        FigureRefresh hooked = new FigureRefresh(countingWhileAChangeCommits, store, buckets, reader, submissionFigures,
                tx, jdbc, clock, new SimpleMeterRegistry());

        FigureRefresh.Result during = hooked.run();
        assertThat(during.full()).isFalse();
        assertThat(moved.get().version()).isGreaterThan(a.version());
        assertThat(marked()).as("A changed during the run, B was counted").contains(a.id()).doesNotContain(b.id());
        recountedLikeAFullRebuild();
    }

    @Test
    void nothing_is_recounted_when_nothing_changed() {
        s.assignedOn("2026-09-16");
        recountedLikeAFullRebuild();
        List<String> before = stored();
        FigureRefresh.Result idle = refresh.run();
        assertThat(idle.full()).isFalse();
        assertThat(idle.buckets()).isZero();
        assertThat(idle.itemsRead()).isZero();
        assertThat(stored()).isEqualTo(before);
        assertThat(reader.asOf()).isEqualTo(idle.at());
    }

    /** One incremental run, then a full rebuild: the stored figures are the same, row for row. */
    private void recountedLikeAFullRebuild() {
        FigureRefresh.Result run = refresh.run();
        assertThat(run.full()).isFalse();
        assertThat(run.buckets()).isPositive();
        assertThat(marked()).isEmpty();
        List<String> incremental = stored();
        assertThat(refresh.rebuild().full()).isTrue();
        assertThat(stored()).isEqualTo(incremental);
    }

    private List<Long> marked() {
        return submissionFigures.changed(1_000).stream().map(ChangedItem::id).toList();
    }

    private List<String> stored() {
        String tally = "items, on_time, late, running, answered, timed, reply_days, satisfied, basic, defaulted,"
                + " dissatisfied, reopened";
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(rows("select deadline_day, unit_code, district_code, domain_code, " + tally + " from oversight_day"));
        rows.addAll(rows("select month_start, unit_code, district_code, domain_code, " + tally + " from oversight_month"));
        rows.addAll(rows("select bucket_day, unit_code, dated, state, district_code, domain_code, items, running"
                + " from oversight_open"));
        return rows;
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder(sql.substring(sql.lastIndexOf(' ') + 1));
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append('|').append(rs.getString(c));
            }
            return row.toString();
        }).stream().sorted().toList();
    }

}
