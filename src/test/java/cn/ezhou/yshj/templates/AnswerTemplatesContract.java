package cn.ezhou.yshj.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A unit's answer templates: shared by the unit's accounts, unseen and untouchable by another
 * unit, refused with a message when incomplete, too long or for a result of the other use.
 * Each test starts with the unit's templates removed, so what earlier tests left cannot interfere.
 */
abstract class AnswerTemplatesContract {

    @Autowired AnswerTemplates templates;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    Actors actors;
    String first;
    String colleague;
    String other;

    @BeforeEach
    void people() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        first = "tpl-a-" + tag;
        colleague = "tpl-b-" + tag;
        other = "tpl-c-" + tag;
        actors = new Actors(security, accounts).ensure(first, "SWJ", "DEPARTMENT").ensure(colleague, "SWJ", "DEPARTMENT")
                .ensure(other, "RSJ", "DEPARTMENT").ensure("tpl-nounit", null, "DEPARTMENT")
                .ensure("tpl-office", "OFFICE", "OFFICE").ensure("tpl-observer", null, "OBSERVER");
        actors.as(first, "DEPARTMENT");
        templates.mine().forEach(t -> templates.delete(t.id(), t.version()));
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    @Test
    void a_template_is_shared_by_the_unit_and_hidden_from_every_other_unit() {
        AnswerTemplate refund = templates.create(new TemplateCommand(TemplateUse.ITEM_REPLY, "RESOLVED", "  退税已办结 ",
                "经核实，您单位的留抵退税申请已于近日办结，退税款已到账。"));
        templates.create(new TemplateCommand(TemplateUse.CONSULTATION_ANSWER, "ADOPTED", "采纳",
                "感谢您的意见，已在修改稿中采纳。"));
        assertThat(refund.title()).isEqualTo("退税已办结");

        actors.as(colleague, "DEPARTMENT");
        assertThat(templates.mine(TemplateUse.ITEM_REPLY)).extracting(AnswerTemplate::title).containsExactly("退税已办结");
        assertThat(templates.mine()).hasSize(2);
        AnswerTemplate changed = templates.update(refund.id(), refund.version(), new TemplateCommand(TemplateUse.ITEM_REPLY,
                null, "退税办结", "经核实，退税已办结。"));
        assertThat(changed.result()).isNull();
        assertThat(changed.updatedBy()).isEqualTo(colleague);

        actors.as(other, "DEPARTMENT");
        assertThat(templates.mine()).isEmpty();
        assertThatThrownBy(() -> templates.update(changed.id(), changed.version(), new TemplateCommand(TemplateUse.ITEM_REPLY,
                null, "改", "改"))).isInstanceOf(Refusal.class).hasMessage("templates.error.notFound");
        assertThatThrownBy(() -> templates.delete(changed.id(), changed.version()))
                .isInstanceOf(Refusal.class).hasMessage("templates.error.notFound");

        actors.as(first, "DEPARTMENT");
        assertThatThrownBy(() -> templates.delete(refund.id(), refund.version()))
                .as("an old version").isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
        templates.delete(changed.id(), changed.version());
        assertThat(templates.mine(TemplateUse.ITEM_REPLY)).isEmpty();
    }

    @Test
    void an_incomplete_overlong_or_mismatched_template_is_refused_and_nothing_is_saved() {
        String tooLongTitle = "名".repeat(AnswerTemplates.MAX_TITLE + 1);
        String[][] cases = {
                {null, null, "标题", "文本", "templates.error.use"},
                {"ITEM_REPLY", "ADOPTED", "标题", "文本", "templates.error.result"},
                {"CONSULTATION_ANSWER", "RESOLVED", "标题", "文本", "templates.error.result"},
                {"ITEM_REPLY", null, " \u3000", "文本", "templates.error.title"},
                {"ITEM_REPLY", null, tooLongTitle, "文本", "templates.error.titleTooLong"},
                {"ITEM_REPLY", null, "标题", "  ", "templates.error.text"},
                {"ITEM_REPLY", null, "标题", "字".repeat(4001), "templates.error.textTooLong"},
                {"CONSULTATION_ANSWER", null, "标题", "字".repeat(2001), "templates.error.textTooLong"},
        };
        for (String[] c : cases) {
            TemplateCommand command = new TemplateCommand(c[0] == null ? null : TemplateUse.valueOf(c[0]), c[1], c[2], c[3]);
            assertThatThrownBy(() -> templates.create(command)).as(c[4]).isInstanceOf(Refusal.class).hasMessage(c[4]);
        }
        assertThat(templates.create(new TemplateCommand(TemplateUse.CONSULTATION_ANSWER, null, "标题",
                "字".repeat(2000))).text()).hasSize(2000);
        assertThat(templates.mine()).hasSize(1);
    }

    @Test
    void only_a_department_with_a_unit_keeps_templates() {
        actors.as("tpl-nounit", "DEPARTMENT");
        assertThat(templates.mine()).isEmpty();
        assertThatThrownBy(() -> templates.create(new TemplateCommand(TemplateUse.ITEM_REPLY, null, "标题", "文本")))
                .isInstanceOf(Refusal.class).hasMessage("templates.error.noUnit");
        actors.as("tpl-office", "OFFICE");
        assertThatThrownBy(() -> templates.mine()).isInstanceOf(AccessDeniedException.class);
        actors.as("tpl-observer", "OBSERVER");
        assertThatThrownBy(() -> templates.create(new TemplateCommand(TemplateUse.ITEM_REPLY, null, "标题", "文本")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
