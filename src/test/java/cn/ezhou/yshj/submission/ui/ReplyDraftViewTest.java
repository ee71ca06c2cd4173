package cn.ezhou.yshj.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.AnswerTemplates;
import cn.ezhou.yshj.templates.TemplateUse;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A department's reply and co-department input typed and left behind come back when the form opens
 * again; the unit's answer templates are written on their page and inserted into a reply.
 */
class ReplyDraftViewTest extends PortalViewTest {

    static final String REPLY = "已约谈窗口负责人，材料精简为一次提交，下月起执行。";
    static final String CO_INPUT = "我局可提供企业开办数据共享接口。";

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired DraftService drafts;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired AnswerTemplates templates;

    @BeforeEach
    void setClock() {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An item assigned to FGW (lead) and KJJ (co), signed by the lead; set up as the people involved. */
    private long signedItem() {
        Actors actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER")
                .ensure("office", "OFFICE", "OFFICE").ensure("dept", "FGW", "DEPARTMENT").ensure("dept-kjj", "KJJ", "DEPARTMENT");
        return actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            SubmissionDetail d = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "GOVERNMENT", "ECQ", "开办企业材料重复提交", "企业开办窗口要求重复提交营业执照复印件。", "XZSPJ", false));
            actors.as("office", "OFFICE");
            d = office.assign(d.id(), d.version(), new AssignCommand("FGW", List.of("KJJ"), false));
            actors.as("dept", "DEPARTMENT");
            return departments.sign(d.id(), d.version()).id();
        });
    }

    /** Leaves whatever was open (as a closed tab would) and opens the item's form afresh. */
    private void reopen(long id, String action) {
        $(Dialog.class).all().forEach(Dialog::close);
        navigate(DepartmentInboxView.class);
        navigate("submissions/" + id, SubmissionView.class);
        test($(Button.class).id(action)).click();
    }

    private String status() {
        return $(Span.class).withClassName("draft-status").single().getText();
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void a_reply_left_unsent_comes_back_when_the_reply_form_is_opened_again_and_is_gone_once_sent() {
        long id = signedItem();
        reopen(id, "action-reply");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ResultType> result = $(RadioButtonGroup.class).id("reply-result");
        test(result).selectItem("已解决");
        clock.set(Instant.parse("2026-06-30T02:03:04Z"));
        test($(TextArea.class).id("action-text")).setValue(REPLY);
        assertThat(status()).isEqualTo("草稿已保存 10:03:04");

        reopen(id, "action-reply");
        assertThat($(TextArea.class).id("action-text").getValue()).isEqualTo(REPLY);
        assertThat($(RadioButtonGroup.class).id("reply-result").getValue()).isEqualTo(ResultType.RESOLVED);
        assertThat(status()).isEqualTo("已恢复 10:03:04 保存的草稿");

        test($(Button.class).id("action-confirm")).click();
        assertThat(drafts.load("submission.reply", id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "dept-kjj", roles = "DEPARTMENT")
    void co_department_input_left_unsent_comes_back_and_starting_afresh_empties_the_form() {
        long id = signedItem();
        reopen(id, "action-co-input");
        test($(TextArea.class).id("action-text")).setValue(CO_INPUT);

        reopen(id, "action-co-input");
        assertThat($(TextArea.class).id("action-text").getValue()).isEqualTo(CO_INPUT);
        test($(Button.class).withText("放弃草稿").single()).click();
        assertThat($(TextArea.class).id("action-text").getValue()).isEmpty();
        assertThat(drafts.load("submission.coInput", id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    @SuppressWarnings("unchecked")
    void a_template_written_on_its_page_is_offered_for_its_result_and_inserted_into_the_reply() {
        long id = signedItem();
        templates.mine().forEach(t -> templates.delete(t.id(), t.version()));
        navigate("department/templates", com.vaadin.flow.component.Component.class);
        test($(Select.class).id("template-use")).selectItem("诉求答复");
        test($(ComboBox.class).id("template-result")).selectItem("已解决");
        test($(TextField.class).id("template-title")).setValue("材料精简");
        test($(TextArea.class).id("template-text")).setValue(REPLY);
        test($(Button.class).id("template-save")).click();
        test($(TextField.class).id("template-title")).setValue("");
        test($(Button.class).id("template-new")).click();
        test($(Select.class).id("template-use")).selectItem("诉求答复");
        test($(ComboBox.class).id("template-result")).selectItem("列入计划");
        test($(TextField.class).id("template-title")).setValue("列入明年计划");
        test($(TextArea.class).id("template-text")).setValue("已列入明年工作计划。");
        test($(Button.class).id("template-save")).click();
        assertThat(templates.mine(TemplateUse.ITEM_REPLY)).extracting(AnswerTemplate::title)
                .containsExactly("列入明年计划", "材料精简");

        reopen(id, "action-reply");
        ComboBox<AnswerTemplate> picker = $(ComboBox.class).id("reply-template");
        assertThat(test(picker).getSuggestions()).hasSize(2);
        RadioButtonGroup<ResultType> result = $(RadioButtonGroup.class).id("reply-result");
        test(result).selectItem("已解决");
        assertThat(test(picker).getSuggestions()).containsExactly("材料精简（已解决）");
        test(picker).selectItem("材料精简（已解决）");
        assertThat($(TextArea.class).id("action-text").getValue()).isEqualTo(REPLY);
        assertThat(picker.getValue()).as("ready for another").isNull();
    }
}
