package cn.ezhou.yshj.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** A new consultation's draft text and a comment typed and left behind come back when their form opens again. */
class ConsultationDraftViewTest extends PortalViewTest {

    static final String DRAFT = """
            鄂州市物流业降本增效若干措施（征求意见稿）
            第一条　为降低物流成本，制定本措施。
            第二条　本措施自发布之日起施行。
            """;

    @Autowired ConsultationService consultations;
    @Autowired DraftService drafts;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    @BeforeEach
    void setClock() {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long openToObservers() {
        Actors actors = new Actors(security, accounts).ensure("dept", "FGW", "DEPARTMENT").ensure("observer", null, "OBSERVER");
        return actors.meanwhile(() -> {
            actors.as("dept", "DEPARTMENT");
            return consultations.open(new OpenConsultation("物流业降本增效若干措施", "FGW", "起草说明", ArticleSplitter.split(DRAFT).parts(),
                    null, LocalDate.parse("2026-08-31"), null, Set.of(), Set.of(), true, false, null, null));
        });
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void a_new_consultation_left_unsent_comes_back_with_its_draft_text() {
        new Actors(security, accounts).ensure("dept", "FGW", "DEPARTMENT");
        drafts.discard("consultation.new", 0);
        navigate(NewConsultationView.class);
        test($(TextField.class).id("consultation-title")).setValue("物流业降本增效若干措施");
        test($(TextArea.class).id("draft-text")).setValue(DRAFT);

        navigate(ConsultationsView.class);
        navigate(NewConsultationView.class);
        assertThat($(TextField.class).id("consultation-title").getValue()).isEqualTo("物流业降本增效若干措施");
        assertThat($(TextArea.class).id("draft-text").getValue()).isEqualTo(DRAFT);
        drafts.discard("consultation.new", 0);
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void a_comment_left_unsent_comes_back_when_the_comment_form_is_opened_again() {
        long id = openToObservers();
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        navigate("consultations/" + id, ConsultationView.class);
        test($(Button.class).id("comment-whole")).click();
        test($(TextArea.class).id("comment-body")).setValue("建议明确补贴申请的受理部门。");

        $(Dialog.class).all().forEach(Dialog::close);
        navigate(ConsultationsView.class);
        navigate("consultations/" + id, ConsultationView.class);
        test($(Button.class).id("comment-whole")).click();
        assertThat($(TextArea.class).id("comment-body").getValue()).isEqualTo("建议明确补贴申请的受理部门。");
        test($(Button.class).id("comment-save")).click();
        assertThat(drafts.load("consultation.comment", id)).isEmpty();
    }
}
