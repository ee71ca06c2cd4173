package cn.ezhou.yshj.engagement;

import static cn.ezhou.yshj.engagement.EngagementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Round results: averages and response rate on a hand-made set, what the oversight figures get, what a department sees. */
abstract class RoundResultsContract extends RoundContract {

    @Autowired SatisfactionFigures figures;

    @Test
    void the_office_sees_averages_per_dimension_and_the_response_rate_of_a_hand_made_set() {
        long before = open("2026-06-15", "2026-06-30");
        f.as(OFFICE);
        long eligibleBefore = results.results(before).eligible();
        // Asked from now on: two enabled observers and one association with liaisons — not the disabled
        // observer, not the association without a liaison, and the association once for its two liaisons.
        EngagementFixture mine = new EngagementFixture(security, accounts, associations);
        long round = open("2026-06-15", "2026-06-30");
        rate(mine.obs1, round, "FGW", 5, 4, 3, 2);
        rate(mine.liaison1, round, "FGW", 3, 4, 5, 4);
        rate(mine.liaison2, round, "RSJ", 1, 1, 1, 2);
        f.as(OFFICE);
        RoundResults r = results.results(round);
        assertThat(r.eligible()).isEqualTo(eligibleBefore + 3);
        assertThat(r.respondents()).isEqualTo(2);
        assertThat(r.responseRate()).isCloseTo(2.0 / (eligibleBefore + 3), within(1e-9));
        Map<String, DepartmentScore> byUnit = r.departments().stream()
                .collect(Collectors.toMap(DepartmentScore::unitCode, d -> d));
        assertThat(byUnit.get("FGW").dimensionAverages()).containsExactly(4.0, 4.0, 4.0, 3.0);
        assertThat(byUnit.get("FGW").overallAverage()).isEqualTo(3.75);
        assertThat(byUnit.get("FGW").ratings()).isEqualTo(2);
        assertThat(byUnit.get("RSJ").dimensionAverages()).containsExactly(1.0, 1.0, 1.0, 2.0);
        assertThat(byUnit.get("RSJ").overallAverage()).isEqualTo(1.25);
        assertThat(byUnit.get("XZSPJ").dimensionAverages()).containsOnlyNulls();
        assertThat(byUnit.get("XZSPJ").overallAverage()).isNull();
        assertThat(byUnit.get("XZSPJ").ratings()).isZero();
        assertThat(results.comments(round, "FGW", PageRequest.of(0, 20)).getContent())
                .extracting(RatingComment::raterName, RatingComment::comment)
                .containsExactly(org.assertj.core.api.Assertions.tuple("测试" + mine.obs1, "办事还需更快"),
                        org.assertj.core.api.Assertions.tuple("测试" + mine.liaison1, "办事还需更快"));
    }

    @Test
    void the_oversight_figures_give_the_rounds_ending_in_a_period_without_rater_identity() {
        long june = open("2026-06-15", "2026-06-30");
        long july = open("2026-06-15", "2026-07-01");
        rate(f.obs1, june, "FGW", 2, 2, 2, 2);
        rate(f.obs2, june, "FGW", 4, 4, 4, 4);
        var found = figures.resultsEndingIn(LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-01"));
        assertThat(found).extracting(x -> x.round().id()).contains(june).doesNotContain(july);
        RoundResults r = found.stream().filter(x -> x.round().id() == june).findFirst().orElseThrow();
        assertThat(r.departments().stream().filter(d -> d.unitCode().equals("FGW")).findFirst().orElseThrow())
                .isEqualTo(new DepartmentScore("FGW", java.util.List.of(3.0, 3.0, 3.0, 3.0), 3.0, 2));
        assertThat(figures.roundsEndingIn(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-02")))
                .extracting(RoundSummary::id).contains(july).doesNotContain(june);
    }

    @Test
    void a_department_sees_its_own_averages_after_closing_but_never_who_rated() {
        long round = open("2026-06-15", "2026-06-30");
        rate(f.obs1, round, "FGW", 5, 5, 4, 4);
        rate(f.liaison1, round, "FGW", 3, 3, 2, 2);
        f.as(FGW_HANDLER);
        assertThat(refusal(() -> results.ownDepartment(round)).key()).isEqualTo("round.error.resultsAfterClose");
        at("2026-07-01");
        DepartmentScore own = results.ownDepartment(round).score();
        assertThat(own).isEqualTo(new DepartmentScore("FGW", java.util.List.of(4.0, 4.0, 3.0, 3.0), 3.5, 2));
        assertThat(Arrays.stream(DepartmentScore.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("unitCode", "dimensionAverages", "overallAverage", "ratings");
        assertThatThrownBy(() -> results.results(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.comments(round, "FGW", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.detail(round)).isInstanceOf(AccessDeniedException.class);
        f.as(SWJ_HANDLER);
        assertThat(refusal(() -> results.ownDepartment(round)).key()).isEqualTo("round.error.notFound");
    }
}
