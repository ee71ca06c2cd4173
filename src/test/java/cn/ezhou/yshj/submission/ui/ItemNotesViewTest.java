package cn.ezhou.yshj.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.ItemNotes;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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

/** The 内部备注 section: the office writes a note that mentions the lead's handler; the submitter's page has no trace of it. */
class ItemNotesViewTest extends PortalViewTest {

    static final String SECRET = "内部研判：窗口人员作风问题";

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired ItemNotes notes;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired CharterService charters;

    Actors actors;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
        actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER")
                .ensure("office", "OFFICE", "OFFICE").ensure("dept", "FGW", "DEPARTMENT");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An item the observer submitted and the office assigned to FGW, with a note by the office if asked. */
    private long assignedItem(boolean withNote) {
        return actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            SubmissionDetail d = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "GOVERNMENT", "ECQ", "园区企业用电报装慢", "园区新建厂房用电报装三个月未通电。", "FGW", false));
            actors.as("office", "OFFICE");
            d = office.assign(d.id(), d.version(), new AssignCommand("FGW", List.of(), false));
            if (withNote) {
                notes.add(d.id(), SECRET);
            }
            return d.id();
        });
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    @SuppressWarnings("unchecked")
    void the_office_adds_a_note_that_mentions_the_lead_and_sees_it_listed_with_author_and_time() {
        long id = assignedItem(false);
        navigate("submissions/" + id, SubmissionView.class);
        assertThat($(NotesPanel.class).single().getElement().getTextRecursively()).contains("内部备注", "暂无内部备注");

        String lead = accounts.findByUsername("dept").orElseThrow().getDisplayName();
        ComboBox<?> mention = $(ComboBox.class).id("item-note-mention");
        String label = test(mention).getSuggestions().stream().filter(s -> s.startsWith(lead + "（")).findFirst().orElseThrow();
        test(mention).selectItem(label);
        TextArea text = $(TextArea.class).id("item-note-text");
        assertThat(text.getValue()).isEqualTo("@" + lead + " ");
        test(text).setValue(text.getValue() + "请本周内核实");
        test($(Button.class).id("item-note-add")).click();

        assertThat(text.getValue()).isEmpty();
        Div note = $(Div.class).withClassName("item-note").single();
        String author = accounts.findByUsername("office").orElseThrow().getDisplayName();
        assertThat(note.getElement().getTextRecursively()).contains(author, "2026-06-30 10:00", "请本周内核实");
        assertThat($(Span.class).withClassName("note-mention").single().getText()).isEqualTo("@" + lead);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_empty_note_is_refused_on_the_page_and_nothing_is_listed() {
        long id = assignedItem(false);
        navigate("submissions/" + id, SubmissionView.class);
        test($(Button.class).id("item-note-add")).click();
        assertThat($(Div.class).withClassName("item-note").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void the_submitters_page_has_no_notes_section_and_no_note() {
        long id = assignedItem(true);
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        navigate("submissions/" + id, SubmissionView.class);
        assertThat($(H2.class).id("submission-heading").getText()).isEqualTo("园区企业用电报装慢");
        assertThat($(NotesPanel.class).all()).isEmpty();
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContain(SECRET).doesNotContain("内部备注");
    }
}
