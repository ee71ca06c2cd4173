package cn.ezhou.yshj.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Typical cases are made of closed items only, never name the submitter, and reach the public once published. */
@PortalTest
class TypicalCasesTest extends SubmissionFlowTest {

    @Autowired TypicalCaseService cases;

    private TypicalCaseCommand command(String reference, String summary) {
        return new TypicalCaseCommand(null, 0, reference, CaseKind.POSITIVE, "一窗受理压缩办理时间", summary);
    }

    @Test
    void a_closed_item_becomes_a_case_that_the_public_sees_once_published() {
        SubmissionDetail closed = flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord c = cases.save(command(closed.reference(), "某企业反映登记需跑多个窗口，部门设立综合窗口后一次办结。"));
        assertThat(c.reference()).isEqualTo(closed.reference());
        assertThatThrownBy(() -> cases.save(command(closed.reference(), "重复"))).isInstanceOf(Refusal.class)
                .hasMessage("cases.error.alreadyCase");
        flow.actors.anonymous();
        assertThat(cases.published(PageRequest.of(0, 100))).extracting(TypicalCaseRecord::id).doesNotContain(c.id());
        flow.as(SubmissionFlow.OFFICE);
        cases.publish(c.id(), c.version(), true);
        flow.actors.anonymous();
        assertThat(cases.published(PageRequest.of(0, 100))).filteredOn(r -> r.id() == c.id()).singleElement()
                .satisfies(r -> assertThat(r.reference()).isNull());
        assertThat(cases.publishedCase(c.id())).satisfies(r -> assertThat(r.reference()).isNull())
                .extracting(TypicalCaseRecord::summary).isEqualTo(c.summary());
    }

    @Test
    void an_unpublished_or_withdrawn_case_is_unknown_to_the_public_even_by_its_number() {
        SubmissionDetail closed = flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord c = cases.save(command(closed.reference(), "窗口合并后企业一次办结。"));
        flow.actors.anonymous();
        assertThatThrownBy(() -> cases.publishedCase(c.id())).isInstanceOf(Refusal.class).hasMessage("cases.error.unknown");
        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord published = cases.publish(c.id(), c.version(), true);
        cases.publish(published.id(), published.version(), false);
        assertThatThrownBy(() -> cases.publishedCase(c.id())).as("withdrawn, asked by the office")
                .isInstanceOf(Refusal.class).hasMessage("cases.error.unknown");
        assertThatThrownBy(() -> cases.publishedCase(-1)).isInstanceOf(Refusal.class).hasMessage("cases.error.unknown");
    }

    @Test
    void an_open_item_or_a_summary_naming_the_submitter_is_refused() {
        SubmissionDetail open = flow.inState(SubmissionState.ASSIGNED);
        SubmissionDetail closed = flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        assertThatThrownBy(() -> cases.save(command(open.reference(), "摘要"))).isInstanceOf(Refusal.class)
                .hasMessage("cases.error.itemNotClosed");
        assertThatThrownBy(() -> cases.save(command("SQ1999-000001", "摘要"))).isInstanceOf(Refusal.class)
                .hasMessage("cases.error.itemUnknown");
        String name = accounts.findByUsername(SubmissionFlow.SUBMITTER).orElseThrow().getDisplayName();
        assertThatThrownBy(() -> cases.save(command(closed.reference(), "观察员" + name + "反映的问题已解决")))
                .isInstanceOf(Refusal.class).hasMessage("cases.error.identifies");
        flow.as(SubmissionFlow.LEAD);
        assertThatThrownBy(() -> cases.save(command(closed.reference(), "摘要"))).isInstanceOf(AccessDeniedException.class);
    }
}
