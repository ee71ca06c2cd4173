package cn.ezhou.yshj.engagement;

import static cn.ezhou.yshj.engagement.EngagementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Satisfaction rounds: one rating per rater and department, the window, the score range, who is asked. */
@RecordApplicationEvents
abstract class RoundContract {

    static final Set<String> RATED = Set.of("FGW", "RSJ", "XZSPJ");

    @Autowired RoundService rounds;
    @Autowired RatingDesk ratings;
    @Autowired RoundResultsService results;
    @Autowired RoundWatch watch;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    EngagementFixture f;

    @BeforeEach
    void setUp() {
        at("2026-06-15");
        f = new EngagementFixture(security, accounts, associations);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    long open(String opensOn, String closesOn) {
        f.as(OFFICE);
        return rounds.open(new OpenRound("2026年上半年满意度测评", RATED, null, LocalDate.parse(opensOn),
                LocalDate.parse(closesOn)));
    }

    void rate(String who, long round, String unit, Integer... scores) {
        f.as(who);
        ratings.rate(round, new RatingCommand(unit, java.util.Arrays.asList(scores), "办事还需更快"));
    }

    static Refusal refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal r) {
            return r;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void a_rater_rates_each_department_once_and_an_association_once_whoever_of_its_liaisons_rates() {
        long round = open("2026-06-15", "2026-06-30");
        rate(f.obs1, round, "FGW", 5, 4, 4, 5);
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 3, 3, 3, 3)).key()).isEqualTo("round.error.alreadyRated");
        rate(f.liaison1, round, "FGW", 4, 4, 4, 4);
        assertThat(refusal(() -> rate(f.liaison2, round, "FGW", 1, 1, 1, 1)).key())
                .isEqualTo("round.error.associationRated");
        rate(f.liaison2, round, "RSJ", 2, 2, 2, 2);
        f.as(f.liaison1);
        assertThat(ratings.detail(round).rated()).containsExactlyInAnyOrder("FGW", "RSJ");
        f.as(OFFICE);
        assertThat(results.results(round).departments()).filteredOn(d -> d.unitCode().equals("FGW"))
                .singleElement().satisfies(d -> assertThat(d.ratings()).isEqualTo(2));
    }

    @Test
    void no_rating_before_the_window_opens_or_after_it_closes() {
        long round = open("2026-06-20", "2026-06-30");
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 3, 3, 3, 3)).key()).isEqualTo("round.error.notOpenYet");
        at("2026-06-20");
        rate(f.obs1, round, "FGW", 3, 3, 3, 3);
        at("2026-06-30");
        rate(f.obs2, round, "FGW", 4, 4, 4, 4);
        at("2026-07-01");
        assertThat(refusal(() -> rate(f.liaison1, round, "FGW", 3, 3, 3, 3)).key()).isEqualTo("round.error.closed");
        f.as(OFFICE);
        assertThat(results.results(round).departments().getFirst().ratings()).isEqualTo(2);
    }

    @Test
    void scores_outside_one_to_five_a_missing_score_or_another_department_are_refused_and_nothing_is_stored() {
        long round = open("2026-06-15", "2026-06-30");
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 0, 3, 3, 3)).key()).isEqualTo("round.error.scoreRange");
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 3, 6, 3, 3)).key()).isEqualTo("round.error.scoreRange");
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 3, 3, 3)).key()).isEqualTo("round.error.scoreEveryDimension");
        assertThat(refusal(() -> rate(f.obs1, round, "FGW", 3, 3, null, 3)).key())
                .isEqualTo("round.error.scoreEveryDimension");
        assertThat(refusal(() -> rate(f.obs1, round, "SWJ", 3, 3, 3, 3)).key())
                .isEqualTo("round.error.departmentNotInRound");
        f.as(OFFICE);
        assertThat(results.results(round).departments()).allSatisfy(d -> assertThat(d.ratings()).isZero());
        assertThat(results.results(round).respondents()).isZero();
        rate(f.obs1, round, "FGW", 1, 2, 3, 5);
    }

    @Test
    void raters_are_told_when_a_round_opens_and_a_scheduled_round_is_opened_by_the_watch() {
        long now = open("2026-06-15", "2026-06-30");
        List<Notice> told = events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + now)).toList();
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.round.opened");
            assertThat(n.recipients()).contains(f.obs1, f.obs2, f.liaison1, f.liaison2).doesNotContain(f.retired, OFFICE);
        });
        long later = open("2026-06-18", "2026-06-30");
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + later))).isEmpty();
        at("2026-06-18");
        assertThat(watch.run()).isEqualTo(1);
        assertThat(watch.run()).isZero();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + later)))
                .singleElement().satisfies(n -> assertThat(n.recipients()).contains(f.obs2, f.liaison1));
    }

    @Test
    void the_daily_watch_keeps_what_it_did_so_a_round_is_opened_and_announced_once() {
        long later = open("2026-06-18", "2026-06-30");
        at("2026-06-18");
        watch.scheduled();
        assertThat(watch.run()).isZero();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + later))).hasSize(1);
        at("2026-06-28");
        watch.scheduled();
        assertThat(watch.remindClosing()).isZero();
    }

    @Test
    void three_days_before_the_end_those_still_owing_ratings_are_reminded_once() {
        long round = open("2026-06-15", "2026-06-30");
        for (String unit : RATED) {
            rate(f.obs1, round, unit, 4, 4, 4, 4);
            rate(f.liaison1, round, unit, 4, 4, 4, 4);
        }
        rate(f.obs2, round, "FGW", 3, 3, 3, 3);
        at("2026-06-26");
        assertThat(events.stream(Notice.class).filter(n -> n.messageKey().equals("notice.round.closing")
                && n.link().equals("rounds/" + round))).isEmpty();
        watch.remindClosing();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + round)
                && n.messageKey().equals("notice.round.closing"))).isEmpty();
        at("2026-06-27");
        assertThat(watch.remindClosing()).isPositive();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + round)
                && n.messageKey().equals("notice.round.closing"))).singleElement().satisfies(n -> {
                    assertThat(n.recipients()).contains(f.obs2).doesNotContain(f.obs1, f.liaison1, f.liaison2, f.retired, OFFICE);
                    assertThat(n.args()).containsExactly("2026年上半年满意度测评", "2026-06-30");
                });
        at("2026-06-28");
        watch.remindClosing();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("rounds/" + round)
                && n.messageKey().equals("notice.round.closing"))).hasSize(1);
    }

    @Test
    void only_the_office_opens_rounds_and_a_bad_round_is_refused() {
        f.as(f.obs1);
        assertThatThrownBy(() -> rounds.open(new OpenRound("测评", RATED, null, LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-30")))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        f.as(OFFICE);
        assertThat(refusal(() -> open("2026-06-15", "2026-06-14")).key()).isEqualTo("round.error.closesBeforeOpens");
        assertThat(refusal(() -> open("2026-06-14", "2026-06-30")).key()).isEqualTo("round.error.opensInPast");
        assertThat(refusal(() -> rounds.open(new OpenRound("测评", Set.of("NOPE"), null, LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-30")))).key()).isEqualTo("round.error.unknownDepartment");
        List<String> nine = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九");
        assertThat(refusal(() -> rounds.open(new OpenRound("测评", RATED, nine, LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-30")))).key()).isEqualTo("round.error.dimensionCount");
        long all = rounds.open(new OpenRound("全部部门", Set.of(), List.of("服务态度"), LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-30")));
        assertThat(ratings.detail(all).departments()).contains("FGW", "SWJ", "SCJGJ");
        assertThat(ratings.detail(all).round().dimensions()).containsExactly("服务态度");
    }
}
