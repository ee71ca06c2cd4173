package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.templates.TemplateCommand;
import cn.ezhou.yshj.templates.TemplateUse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The drafting department sees alike comments on one article as a group and answers them at once,
 * its reason taken from one of the unit's answer templates for the outcome chosen.
 */
class AnswerGroupViewTest extends PortalViewTest {

    @Autowired ConsultationService consultations;
    @Autowired CommentDesk comments;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired AnswerTemplates templates;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void alike_comments_are_shown_as_one_group_and_answered_at_once() {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
        Actors actors = new Actors(security, accounts).ensure("dept", "FGW", "DEPARTMENT").ensure("observer", null, "OBSERVER");
        long id = actors.meanwhile(() -> {
            actors.as("dept", "DEPARTMENT");
            long opened = consultations.open(new OpenConsultation("物流业降本增效若干措施", "FGW", "起草说明",
                    ArticleSplitter.split(ConsultationDraftViewTest.DRAFT).parts(), null, LocalDate.parse("2026-08-31"),
                    null, Set.of(), Set.of(), true, false, null, null));
            long first = consultations.detail(opened).parts().getFirst().id();
            actors.as("observer", "OBSERVER");
            charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
            comments.comment(opened, new CommentCommand(first, "冷链仓储补贴标准偏低，建议提高到每平方米八十元。", null, null));
            comments.comment(opened, new CommentCommand(first, "建议将冷链仓储补贴标准提高到每平方米八十元。", null, null));
            comments.comment(opened, new CommentCommand(first, "申报材料应允许电子签章。", null, null));
            actors.as("dept", "DEPARTMENT");
            templates.mine().forEach(t -> templates.delete(t.id(), t.version()));
            templates.create(new TemplateCommand(TemplateUse.CONSULTATION_ANSWER, "PARTLY_ADOPTED", "补贴部分采纳",
                    "提高到每平方米六十元"));
            templates.create(new TemplateCommand(TemplateUse.CONSULTATION_ANSWER, "ADOPTED", "全部采纳", "已采纳。"));
            templates.create(new TemplateCommand(TemplateUse.ITEM_REPLY, null, "诉求答复", "不应出现在此处"));
            return opened;
        });
        clock.set(Instant.parse("2026-09-02T02:00:00Z"));
        navigate("consultations/" + id + "/answers", AnswersView.class);

        List<Div> groups = $(Div.class).withClassName("comment-group").all();
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().getElement().getTextRecursively()).contains("相同意见 2 条").contains("补贴");
        Button answerAll = $(Button.class, groups.getFirst()).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("answer-group-")).findFirst().orElseThrow();
        String suffix = answerAll.getId().orElseThrow().substring("answer-group-".length());
        @SuppressWarnings("unchecked")
        ComboBox<AnswerOutcome> outcome = $(ComboBox.class).id("group-outcome-" + suffix);
        @SuppressWarnings("unchecked")
        ComboBox<AnswerTemplate> picker = $(ComboBox.class).id("template-group-reason-" + suffix);
        assertThat(test(picker).getSuggestions()).containsExactlyInAnyOrder("补贴部分采纳（部分采纳）", "全部采纳（采纳）");
        test(outcome).selectItem("部分采纳");
        assertThat(test(picker).getSuggestions()).containsExactly("补贴部分采纳（部分采纳）");
        test(picker).selectItem("补贴部分采纳（部分采纳）");
        assertThat($(TextArea.class).id("group-reason-" + suffix).getValue()).isEqualTo("提高到每平方米六十元");
        test(answerAll).click();

        List<CommentRecord> answered = actors.meanwhile(() -> {
            actors.as("dept", "DEPARTMENT");
            return comments.comments(id);
        });
        assertThat(answered).filteredOn(c -> c.body().contains("补贴")).hasSize(2)
                .allSatisfy(c -> {
                    assertThat(c.outcome()).isEqualTo(AnswerOutcome.PARTLY_ADOPTED);
                    assertThat(c.reason()).isEqualTo("提高到每平方米六十元");
                });
        assertThat(answered).filteredOn(c -> c.body().contains("签章")).singleElement()
                .satisfies(c -> assertThat(c.answered()).isFalse());
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_answers_the_comments_on_a_consultation_it_drafted_and_publishes_the_report() {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
        Actors actors = new Actors(security, accounts).ensure("office", "OFFICE", "OFFICE").ensure("observer", null, "OBSERVER");
        long[] ids = actors.meanwhile(() -> {
            actors.as("office", "OFFICE");
            long opened = consultations.open(new OpenConsultation("优化营商环境监督员工作规则", "OFFICE", "起草说明",
                    ArticleSplitter.split(ConsultationDraftViewTest.DRAFT).parts(), null, LocalDate.parse("2026-08-31"),
                    null, Set.of(), Set.of(), true, false, null, null));
            actors.as("observer", "OBSERVER");
            charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
            long comment = comments.comment(opened, new CommentCommand(null, "建议每季度通报一次办理情况。", null, null)).id();
            return new long[] {opened, comment};
        });
        clock.set(Instant.parse("2026-09-02T02:00:00Z"));
        navigate("consultations/" + ids[0] + "/answers", AnswersView.class);

        @SuppressWarnings("unchecked")
        ComboBox<AnswerOutcome> outcome = $(ComboBox.class).id("outcome-" + ids[1]);
        test(outcome).selectItem("采纳");
        test($(Button.class).id("answer-" + ids[1])).click();
        test($(Button.class).id("publish-report")).click();

        CommentRecord answered = actors.meanwhile(() -> {
            actors.as("office", "OFFICE");
            return comments.comments(ids[0]).getFirst();
        });
        assertThat(answered.outcome()).isEqualTo(AnswerOutcome.ADOPTED);
        assertThat(actors.meanwhile(() -> {
            actors.as("office", "OFFICE");
            return consultations.detail(ids[0]).reportPublishedAt();
        })).isNotNull();
    }
}
