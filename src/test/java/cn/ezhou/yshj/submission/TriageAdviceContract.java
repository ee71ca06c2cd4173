package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.submission.TriageAdvice.DepartmentSuggestion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The triage advice: suggested from the departments' duties on a new portal, learned from the
 * office's own assignments, each assignment recorded beside what was suggested, plain answers to
 * empty, noisy and very long texts, and for the office only.
 */
abstract class TriageAdviceContract extends SubmissionFlowTest {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("9000-01-01T00:00:00Z");

    @Autowired
    TriageAdvisor advisor;

    @Test
    void a_text_is_matched_to_the_department_whose_duties_it_names() {
        flow.as(OFFICE);
        TriageAdvice advice = advisor.advise("", "公司申请增值税留抵退税，材料齐全但退税迟迟不到账。");
        assertThat(advice.unitCodes()).hasSizeBetween(1, 3).contains("SWJ");
        DepartmentSuggestion tax = advice.departments().stream().filter(s -> s.unitCode().equals("SWJ")).findFirst()
                .orElseThrow();
        assertThat(tax.matchesDuties()).isTrue();
        assertThat(tax.sharedTerms()).contains("退税");
        assertThat(advice.departments()).extracting(DepartmentSuggestion::share).allMatch(s -> s >= 0 && s <= 100);
    }

    @Test
    void the_office_s_assignments_teach_the_advice_and_each_is_recorded_beside_what_was_suggested() {
        String words = "三江港码头集装箱堆场夜间作业噪声扰民";
        flow.as(SUBMITTER);
        SubmissionDetail first = submissions.submit(new DraftCommand(token(), SubmissionType.COMPLAINT, "SOCIAL", "ECQ",
                "三江港码头噪声", words + "，希望限定作业时段。", null, false));
        flow.as(OFFICE);
        RoutingHitRate before = advisor.hitRate(EVER, NEVER);
        assertThat(advisor.advise(first.id()).departments()).extracting(DepartmentSuggestion::similarItemsLed)
                .as("the item is not its own neighbour").allMatch(n -> n == 0);
        office.assign(first.id(), first.version(), new AssignCommand("GSL", List.of(), false));

        RoutingHitRate after = advisor.hitRate(EVER, NEVER);
        assertThat(after.assignments()).isEqualTo(before.assignments() + 1);
        assertThat(after.topThreeHits()).isBetween(before.topThreeHits(), before.topThreeHits() + 1);
        assertThat(advisor.hitRate(NEVER, NEVER.plusSeconds(1)).assignments()).isZero();

        TriageAdvice learned = advisor.advise("", words + "，已经持续三个月。");
        DepartmentSuggestion gsl = learned.departments().stream().filter(s -> s.unitCode().equals("GSL")).findFirst()
                .orElseThrow(() -> new AssertionError("GSL not suggested: " + learned));
        assertThat(gsl.similarItemsLed()).isPositive();
        assertThat(gsl.sharedTerms()).contains("码头");
        assertThat(learned.domainCode()).isEqualTo("SOCIAL");
    }

    @Test
    void empty_noisy_full_width_and_very_long_texts_get_a_plain_answer() {
        flow.as(OFFICE);
        assertThat(advisor.advise("", "")).isEqualTo(TriageAdvice.NONE);
        assertThat(advisor.advise(null, null)).isEqualTo(TriageAdvice.NONE);
        assertThat(advisor.advise("", "，。！？ 　…… ——")).isEqualTo(TriageAdvice.NONE);
        List<String> plain = advisor.advise("", "企业首次逾期申报被处以罚款，发票开具系统卡顿").unitCodes();
        assertThat(advisor.advise("", "企业首次逾期申报被处以罚款，　发票开具系统卡顿！！！").unitCodes()).isEqualTo(plain);
        assertThat(advisor.advise("", "ＶＡＴ 电子税务局").unitCodes()).isEqualTo(advisor.advise("", "vat 电子税务局").unitCodes());
        TriageAdvice longText = advisor.advise("", "不动产登记办理时间过长。".repeat(1_000));
        assertThat(longText.unitCodes()).hasSizeBetween(1, 3).contains("ZRZYGHJ");
    }

    @Test
    void only_the_office_is_advised() {
        SubmissionDetail item = flow.submitted();
        for (String other : List.of(SUBMITTER, LEAD, ASSOCIATION)) {
            flow.as(other);
            assertThatThrownBy(() -> advisor.advise(item.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> advisor.advise("", "退税")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> advisor.hitRate(EVER, NEVER)).isInstanceOf(AccessDeniedException.class);
        }
        flow.as(OFFICE);
        assertThatThrownBy(() -> advisor.advise(Long.MAX_VALUE)).isInstanceOf(cn.ezhou.yshj.base.Refusal.class);
    }
}
