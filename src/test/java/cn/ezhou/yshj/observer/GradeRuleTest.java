package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeRuleTest {

    @Test
    void the_quarters_met_decide_the_grade_and_excellence_also_needs_an_adoption_and_two_activities() {
        assertThat(GradeRule.suggest(0, 0, 5, 5)).isNull();
        assertThat(GradeRule.suggest(4, 4, 1, 2)).isEqualTo(EvaluationGrade.EXCELLENT);
        assertThat(GradeRule.suggest(4, 4, 0, 2)).isEqualTo(EvaluationGrade.COMPETENT);
        assertThat(GradeRule.suggest(4, 4, 1, 1)).isEqualTo(EvaluationGrade.COMPETENT);
        assertThat(GradeRule.suggest(4, 3, 3, 9)).isEqualTo(EvaluationGrade.COMPETENT);
        assertThat(GradeRule.suggest(4, 2, 3, 9)).isEqualTo(EvaluationGrade.BASICALLY_COMPETENT);
        assertThat(GradeRule.suggest(3, 2, 0, 0)).isEqualTo(EvaluationGrade.BASICALLY_COMPETENT);
        assertThat(GradeRule.suggest(4, 1, 0, 0)).isEqualTo(EvaluationGrade.INCOMPETENT);
        assertThat(GradeRule.suggest(1, 0, 0, 0)).isEqualTo(EvaluationGrade.INCOMPETENT);
    }
}
