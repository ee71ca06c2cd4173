package cn.ezhou.yshj.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** A pasted text longer than the limit is kept whole, marked with a message, and neither saved nor submitted. */
class LongTextViewTest extends PortalViewTest {

    private static final String WRITER = "long-text-writer";

    @Autowired SubmissionService submissions;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    @BeforeEach
    void writer() {
        new Actors(security, accounts).ensure(WRITER, null, "OBSERVER");
    }

    @Test
    @WithMockUser(username = WRITER, roles = "OBSERVER")
    void an_over_long_body_keeps_every_character_shows_the_limit_and_nothing_is_saved() {
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        navigate(NewSubmissionView.class);
        TextArea body = $(TextArea.class).id("submission-body");
        assertThat(body.getElement().getProperty("maxlength")).as("the browser must not cut").isNull();
        assertThat(body.getHelperText()).contains("还可输入 4000 字");

        String pasted = "窗".repeat(100_000);
        test($(TextField.class).id("submission-title")).setValue("材料重复提交");
        test(body).setValue(pasted);
        @SuppressWarnings("unchecked")
        ComboBox<ReferenceItem> domain = $(ComboBox.class).id("submission-domain");
        domain.setValue(domain.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class).id("submission-submit")).click();

        assertThat(body.getValue()).isEqualTo(pasted);
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("4000").contains("96000");
        assertThat(body.getHelperText()).contains("已超出 96000 字");
        assertThat(submissions.latestDraft()).as("no draft saved").isEmpty();
        assertThat(submissions.mine(InboxFilter.none(), 0, 10)).as("nothing submitted").isEmpty();

        test(body).setValue("窗".repeat(3990));
        assertThat(body.isInvalid()).isFalse();
        assertThat(body.getHelperText()).contains("还可输入 10 字");
    }
}
