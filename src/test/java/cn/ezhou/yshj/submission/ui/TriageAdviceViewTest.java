package cn.ezhou.yshj.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cn.ezhou.yshj.submission.SubmissionState;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** The assign dialog shows the triage advice with its reasons; a suggestion fills the lead field, nothing is pre-chosen. */
class TriageAdviceViewTest extends PortalViewTest {

    @Autowired SubmissionService submissions;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    private long submit(String title, String body) {
        Actors actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER");
        return actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            return submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "MARKET", "ECQ", title, body, null, false)).id();
        });
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_an_earlier_duplicate_with_the_shared_words_and_merges_into_it_in_one_step() {
        long earlier = submit("燃气管道接驳费过高", "葛店开发区新建厂房燃气管道接驳费收取过高，且接驳周期长达三个月。");
        long today = submit("燃气接驳收费问题", "葛店开发区企业反映燃气管道接驳费收费标准不透明，接驳周期长。");
        navigate("submissions/" + today, SubmissionView.class);
        String earlierReference = submissions.detail(earlier).reference();

        SimilarItemsPanel panel = $(SimilarItemsPanel.class).id("similar-items");
        Div row = $(Div.class, panel).withClassName("similar-item").all().stream()
                .filter(r -> earlierReference.equals(r.getElement().getAttribute("data-reference"))).findFirst()
                .orElseThrow(() -> new AssertionError("earlier item not shown as similar"));
        assertThat(row.getElement().getTextRecursively()).contains("共同词").contains("燃气");
        test($(Button.class, row).withClassName("similar-merge").single()).click();
        test($(Button.class).id("action-confirm")).click();
        assertThat(submissions.detail(today).state()).isEqualTo(SubmissionState.MERGED);
        assertThat(submissions.detail(today).mergedIntoReference()).isEqualTo(earlierReference);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_three_suggestions_with_their_reasons_and_one_click_fills_the_lead() {
        Actors actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER");
        long id = actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            return submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "MARKET", "ECQ", "留抵退税迟迟不到账", "公司申请增值税留抵退税，材料齐全但退税迟迟不到账。", null, false)).id();
        });
        navigate("submissions/" + id, SubmissionView.class);
        test($(Button.class).id("action-assign")).click();

        TriageAdviceBox box = $(TriageAdviceBox.class).id("triage-advice");
        var suggestions = $(Button.class, box).withClassName("triage-suggestion").all();
        assertThat(suggestions).hasSizeBetween(1, 3);
        assertThat(suggestions).extracting(b -> b.getElement().getAttribute("data-unit")).contains("SWJ");
        assertThat($(Span.class, box).withClassName("triage-reason").all()).extracting(Span::getText)
                .anyMatch(t -> t.contains("共同词") && t.contains("退税"));

        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitRecord> lead = $(ComboBox.class).id("assign-lead");
        assertThat(lead.getValue()).as("nothing chosen for the office").isNull();
        Button tax = suggestions.stream().filter(b -> "SWJ".equals(b.getElement().getAttribute("data-unit")))
                .findFirst().orElseThrow();
        assertThat(tax.getText()).startsWith("采用 市税务局");
        test(tax).click();
        assertThat(lead.getValue().code()).isEqualTo("SWJ");
    }
}
