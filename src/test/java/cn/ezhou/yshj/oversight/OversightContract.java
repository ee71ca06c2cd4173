package cn.ezhou.yshj.oversight;

import static cn.ezhou.yshj.oversight.OversightScenario.DEPT;
import static cn.ezhou.yshj.oversight.OversightScenario.OFFICE;
import static cn.ezhou.yshj.oversight.OversightScenario.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.ezhou.yshj.base.Refusal;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import cn.ezhou.yshj.submission.DeadlineWatchRunner;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RatingCommand;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The figures from a small hand-checked set (district LZHQ, department GZW, deadlines in
 * September–October 2026; the calendar has 中秋 9-25..27, 国庆 10-01..07 and a working Sunday 9-20):
 * A due 9-22 replied 9-22 (on time, 5 working days, 满意); B due 9-30 replied 10-08 (late, 6 days,
 * rating defaulted); C due 9-30 never replied (overdue); D reopened after 不满意, due again 9-30,
 * replied 9-29 (on time, 9 days, 基本满意); E due 10-20, open (due soon on 10-16).
 */
abstract class OversightContract {

    static final LocalDate FROM = LocalDate.parse("2026-09-01");
    static final LocalDate TO = LocalDate.parse("2026-10-31");

    @Autowired OversightFigures figures;
    @Autowired LeagueTable league;
    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk department;
    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired CommentDesk comments;
    @Autowired AnswerDesk answers;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired RoundService rounds;
    @Autowired RatingDesk ratings;

    OversightScenario s;

    @BeforeEach
    void setUp() {
        s = new OversightScenario(security, accounts, clock, submissions, office, department);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    @Test
    void dashboard_and_league_count_each_item_against_its_own_deadline_on_the_work_calendar() {
        List<CommentRecord> asked = OversightScenario.consultationWithTwoComments(s, consultations, comments);
        OversightScenario.answer(s, answers, asked.get(0), "2026-09-10");
        SubmissionDetail a = s.assignedOn("2026-09-16");
        SubmissionDetail d = s.assignedOn("2026-09-16");
        d = s.ratedOn(s.answeredOn(d, "2026-09-21"), "2026-09-22", Rating.DISSATISFIED);
        s.as(OFFICE);
        d = office.reopen(d.id(), d.version(), "保证金仍未退还");
        assertThat(d.deadline()).hasToString("2026-09-30");
        s.as(DEPT);
        d = department.sign(d.id(), d.version());
        a = s.answeredOn(a, "2026-09-22");
        SubmissionDetail b = s.assignedOn("2026-09-22");
        SubmissionDetail c = s.assignedOn("2026-09-22");
        OversightScenario.answer(s, answers, asked.get(1), "2026-09-22");
        assertThat(List.of(a.deadline(), b.deadline(), c.deadline())).extracting(LocalDate::toString)
                .containsExactly("2026-09-22", "2026-09-30", "2026-09-30");
        s.ratedOn(a, "2026-09-23", Rating.SATISFIED);
        s.ratedOn(s.answeredOn(d, "2026-09-29"), "2026-09-30", Rating.BASICALLY_SATISFIED);
        s.answeredOn(b, "2026-10-08");
        SubmissionDetail e = s.assignedOn("2026-10-13");
        assertThat(e.deadline()).hasToString("2026-10-20");
        s.at("2026-10-16");
        DeadlineWatchRunner.run(context);
        s.as(OFFICE);
        figures.refreshNow();
        resetMethod();

        Dashboard board = figures.dashboard(new FigureQuery(FROM, TO, OversightScenario.DISTRICT, null));
        Figures t = board.totals();
        assertThat(t).isEqualTo(new Figures(5, 2, 1, 1, 1, 3, 3, 20, 1, 1, 1, 0, 1));
        assertThat(t.onTimeRate()).isEqualTo(0.5);
        assertThat(t.averageReplyDays()).isCloseTo(20.0 / 3, within(1e-9));
        assertThat(t.satisfactionRate()).isEqualTo(1.0);
        assertThat(t.reopenRate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(board.months()).extracting(MonthFigures::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(board.months().get(0).figures()).isEqualTo(new Figures(4, 2, 1, 1, 0, 3, 3, 20, 1, 1, 1, 0, 1));
        assertThat(board.months().get(1).figures()).isEqualTo(new Figures(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(board.openByState()).containsExactly(new OpenCount("SIGNED", 2, 1, 1));
        assertThat(board.openByUnit()).containsExactly(new OpenCount(UNIT, 2, 1, 1));
        assertThat(board.openItems()).isEqualTo(2);
        assertThat(board.overdueNow()).isEqualTo(1);
        assertThat(board.dueSoonNow()).isEqualTo(1);
        assertThat(board.obligationQuarter()).isEqualTo("2026-Q4");
        assertThat(figures.totals(new FigureQuery(FROM, TO, OversightScenario.DISTRICT, "MARKET"))).isEqualTo(Figures.NONE);

        League table = league.league(FROM, TO);
        LeagueRow gzw = table.rows().stream().filter(r -> r.unitCode().equals(UNIT)).findFirst().orElseThrow();
        assertThat(gzw.figures()).isEqualTo(t);
        assertThat(gzw.consultationDue()).isEqualTo(2);
        assertThat(gzw.consultationOnTime()).isEqualTo(1);
        assertThat(gzw.scores()).containsKeys(ScoreComponent.ON_TIME, ScoreComponent.SPEED, ScoreComponent.SATISFACTION,
                ScoreComponent.REOPEN, ScoreComponent.CONSULTATION);
        assertThat(gzw.scores().get(ScoreComponent.ON_TIME)).isEqualTo(50.0);
        assertThat(gzw.scores().get(ScoreComponent.SPEED)).isCloseTo(100 * (1 - 20.0 / 3 / 20), within(1e-9));
        assertThat(gzw.scores().get(ScoreComponent.SATISFACTION)).isEqualTo(100.0);
        assertThat(gzw.scores().get(ScoreComponent.REOPEN)).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(gzw.scores().get(ScoreComponent.CONSULTATION)).isEqualTo(50.0);
        // (35×50 + 15×66.67 + 20×100 + 10×66.67 + 10×50) / 90: no round closed in the period, so its 10 are shared out
        assertThat(gzw.overall()).isCloseTo(5916.6666667 / 90, within(1e-6));
        assertThat(table.rows()).isSortedAccordingTo((x, y) -> x.overall() == null ? (y.overall() == null ? 0 : 1)
                : y.overall() == null ? -1 : Double.compare(y.overall(), x.overall()));
        assertThat(gzw.rank()).isPositive();
    }

    @Test
    void a_satisfaction_round_feeds_the_league_table_once_it_has_closed() {
        resetMethod();
        LocalDate from = LocalDate.parse("2026-11-01");
        LocalDate to = LocalDate.parse("2026-11-30");
        s.at("2026-11-02");
        s.as(OFFICE);
        long round = rounds.open(new OpenRound("2026年下半年满意度测评", Set.of(UNIT), null, LocalDate.parse("2026-11-02"),
                LocalDate.parse("2026-11-10")));
        s.as(OversightScenario.SUBMITTER);
        ratings.rate(round, new RatingCommand(UNIT, List.of(4, 4, 5, 5), null));

        s.at("2026-11-10");
        s.as(OFFICE);
        LeagueRow running = row(league.league(from, to));
        assertThat(running.roundRatings()).isZero();
        assertThat(running.scores()).doesNotContainKey(ScoreComponent.ROUNDS);

        s.at("2026-11-11");
        LeagueRow closed = row(league.league(from, to));
        assertThat(closed.roundAverage()).isEqualTo(4.5);
        assertThat(closed.roundRatings()).isEqualTo(1);
        assertThat(closed.scores().get(ScoreComponent.ROUNDS)).isEqualTo(87.5); // (4.5 − 1) ÷ 4 × 100
        assertThat(closed.overall()).isEqualTo(87.5); // the only component with data
        league.saveMethod(new LeagueMethodCommand(league.method().version(), 40, 15, 25, 10, 10, 0, 20, false));
        assertThat(row(league.league(from, to)).overall()).isNull(); // rounds weigh nothing: nothing to rank by
        resetMethod();
    }

    private static LeagueRow row(League table) {
        return table.rows().stream().filter(r -> r.unitCode().equals(UNIT)).findFirst().orElseThrow();
    }

    @Test
    void observers_and_associations_see_the_league_table_only_while_the_office_publishes_it() {
        resetMethod();
        s.as(OversightScenario.SUBMITTER);
        assertThatThrownBy(() -> league.league(FROM, TO)).isInstanceOf(Refusal.class)
                .hasMessage("oversight.error.notPublished");
        s.as(OversightScenario.ASSOCIATION);
        assertThatThrownBy(() -> league.method()).isInstanceOf(Refusal.class).hasMessage("oversight.error.notPublished");
        s.as(DEPT);
        assertThat(league.league(FROM, TO).rows()).extracting(LeagueRow::unitCode).contains(UNIT);
        assertThatThrownBy(() -> figures.dashboard(FigureQuery.of(FROM, TO))).isInstanceOf(AccessDeniedException.class);
        s.as(OFFICE);
        league.saveMethod(new LeagueMethodCommand(league.method().version(), 40, 15, 25, 10, 10, 0, 20, true));
        s.as(OversightScenario.SUBMITTER);
        assertThat(league.league(FROM, TO).method().published()).isTrue();
        s.as(OversightScenario.ASSOCIATION);
        assertThat(league.method().onTimeWeight()).isEqualTo(40);
        assertThatThrownBy(() -> league.saveMethod(new LeagueMethodCommand(league.method().version(), 40, 15, 25, 10,
                10, 0, 20, false))).isInstanceOf(AccessDeniedException.class);
        resetMethod();
    }

    @Test
    void everybody_reads_the_published_league_table_and_nobody_reads_an_unpublished_one() {
        resetMethod();
        s.actors.anonymous();
        assertThatThrownBy(() -> league.publishedLeague(FROM, TO)).isInstanceOf(Refusal.class)
                .hasMessage("oversight.error.notPublished");
        s.as(OFFICE);
        assertThatThrownBy(() -> league.publishedLeague(FROM, TO)).as("not even the office, for the public")
                .isInstanceOf(Refusal.class).hasMessage("oversight.error.notPublished");
        league.saveMethod(new LeagueMethodCommand(league.method().version(), 40, 15, 25, 10, 10, 0, 20, true));
        League inside = league.league(FROM, TO);
        s.actors.anonymous();
        League open = league.publishedLeague(FROM, TO);
        assertThat(open.rows()).extracting(LeagueRow::unitCode).contains(UNIT);
        assertThat(open.rows()).isEqualTo(inside.rows());
        assertThat(open.method().onTimeWeight()).isEqualTo(40);
        resetMethod();
    }

    @Test
    void the_office_changes_the_method_only_from_the_current_version_with_weights_summing_to_100() {
        resetMethod();
        long version = league.method().version();
        LeagueMethod changed = league.saveMethod(new LeagueMethodCommand(version, 50, 10, 20, 10, 10, 0, 15, false));
        assertThat(changed.version()).isEqualTo(version + 1);
        assertThat(changed.updatedBy()).isEqualTo(OFFICE);
        assertThat(List.of(changed.onTimeWeight(), changed.speedWeight(), changed.satisfactionWeight(),
                changed.reopenWeight(), changed.consultationWeight(), changed.speedZeroDays()))
                .containsExactly(50, 10, 20, 10, 10, 15);
        assertThatThrownBy(() -> league.saveMethod(new LeagueMethodCommand(version, 40, 15, 25, 10, 10, 0, 20, false)))
                .isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
        assertThatThrownBy(() -> league.saveMethod(new LeagueMethodCommand(version + 1, 40, 15, 25, 10, 5, 0, 20, false)))
                .isInstanceOf(Refusal.class).hasMessage("oversight.error.weightSum");
        assertThatThrownBy(() -> league.saveMethod(new LeagueMethodCommand(version + 1, 120, -20, 0, 0, 0, 0, 20, false)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> league.saveMethod(new LeagueMethodCommand(version + 1, 40, 15, 25, 10, 10, 0, 0, false)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(league.method().version()).isEqualTo(version + 1);
        resetMethod();
    }

    @Test
    void a_period_ending_before_it_starts_or_longer_than_three_years_is_refused() {
        s.as(OFFICE);
        assertThatThrownBy(() -> figures.dashboard(FigureQuery.of(TO, FROM))).isInstanceOf(Refusal.class)
                .hasMessage("oversight.error.periodOrder");
        assertThatThrownBy(() -> FigureQuery.of(FROM, FROM.plusYears(4))).isInstanceOf(Refusal.class)
                .hasMessage("oversight.error.periodLength");
        assertThatThrownBy(() -> league.league(null, TO)).isInstanceOf(Refusal.class)
                .hasMessage("oversight.error.periodRequired");
    }

    /** The defaults as a fresh installation has them (V17). */
    void resetMethod() {
        s.as(OFFICE);
        league.saveMethod(new LeagueMethodCommand(league.method().version(), 35, 15, 20, 10, 10, 10, 20, false));
    }
}
