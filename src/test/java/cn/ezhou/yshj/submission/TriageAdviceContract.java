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
        assertThat(advisor.advise(first.id()).departments()).as("the item is not its own neighbour")
                .filteredOn(s -> s.unitCode().equals("GSL")).allMatch(s -> s.similarItemsLed() == 0);
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
    void similar_items_of_the_last_twelve_months_are_found_with_their_shared_words_but_never_the_item_itself() {
        String words = "梁子湖区生态渔业合作社冷链仓储用电报装";
        SubmissionDetail old = submitWith(words + "拖了两个月。");
        SubmissionDetail answered = flow.inState(SubmissionState.ANSWERED); // other words: not similar
        SubmissionDetail today = submitWith(words + "至今没有接通，影响鱼苗储存。");
        flow.as(OFFICE);
        List<SimilarItem> similar = advisor.similar(today.id());
        assertThat(similar).extracting(SimilarItem::id).contains(old.id())
                .doesNotContain(today.id(), answered.id());
        SimilarItem match = similar.stream().filter(s -> s.id() == old.id()).findFirst().orElseThrow();
        assertThat(match.reference()).isEqualTo(old.reference());
        assertThat(match.sharedTerms()).hasSizeGreaterThanOrEqualTo(2).contains("仓储");
        assertThat(match.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(similar).hasSizeLessThanOrEqualTo(5);

        clock.advance(java.time.Duration.ofDays(400)); // more than a year later the earlier item is no longer looked at
        assertThat(advisor.similar(today.id())).extracting(SimilarItem::id).doesNotContain(old.id());
    }

    private SubmissionDetail submitWith(String body) {
        flow.as(SUBMITTER);
        return submissions.submit(new DraftCommand(token(), SubmissionType.COMPLAINT, "MARKET", "LZHQ",
                "冷链仓储用电报装", body, null, false));
    }

    @Test
    void only_the_office_is_advised() {
        SubmissionDetail item = flow.submitted();
        for (String other : List.of(SUBMITTER, LEAD, ASSOCIATION)) {
            flow.as(other);
            assertThatThrownBy(() -> advisor.advise(item.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> advisor.advise("", "退税")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> advisor.hitRate(EVER, NEVER)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> advisor.similar(item.id())).isInstanceOf(AccessDeniedException.class);
        }
        flow.as(OFFICE);
        assertThatThrownBy(() -> advisor.advise(Long.MAX_VALUE)).isInstanceOf(cn.ezhou.yshj.base.Refusal.class);
    }
}
