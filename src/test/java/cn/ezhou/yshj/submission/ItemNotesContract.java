package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.Notice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Internal notes: kept by the office, the lead and the co-department of an item; refused to another
 * department, the submitter and the administrator; bounded; and a mention tells exactly the colleague
 * named, while a person who may not read the item cannot be mentioned.
 */
@RecordApplicationEvents
abstract class ItemNotesContract extends SubmissionFlowTest {

    static final String MENTION = "notice.submission.noteMention";

    @Autowired
    ItemNotes notes;
    @Autowired
    ApplicationEvents events;

    private List<Notice> mentions() {
        return events.stream(Notice.class).filter(n -> n.messageKey().equals(MENTION)).toList();
    }

    private String nameOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getDisplayName();
    }

    private int stored(long id) {
        flow.as(OFFICE);
        return notes.notes(id).size();
    }

    @Test
    void the_office_the_lead_and_the_co_department_keep_notes_read_oldest_first() {
        SubmissionDetail d = flow.inState(SubmissionState.ASSIGNED);
        clock.set(Instant.parse("2026-03-02T01:30:00Z"));
        flow.as(OFFICE);
        ItemNote first = notes.add(d.id(), "  该企业去年已反映过类似问题。 ");
        assertThat(first.text()).isEqualTo("该企业去年已反映过类似问题。");
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
        assertThat(first.author()).isEqualTo(OFFICE);
        assertThat(first.authorName()).isEqualTo(nameOf(OFFICE));

        flow.as(LEAD);
        assertThat(notes.notes(d.id())).extracting(ItemNote::text).containsExactly("该企业去年已反映过类似问题。");
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        notes.add(d.id(), "已联系窗口负责人核实。");

        flow.as(CO);
        clock.set(Instant.parse("2026-03-02T03:00:00Z"));
        notes.add(d.id(), "科技局无补充意见。");
        List<ItemNote> all = notes.notes(d.id());
        assertThat(all).extracting(ItemNote::text)
                .containsExactly("该企业去年已反映过类似问题。", "已联系窗口负责人核实。", "科技局无补充意见。");
        assertThat(all).extracting(ItemNote::authorUnit).containsExactly("OFFICE", LEAD_UNIT, CO_UNIT);
        assertThat(all).extracting(ItemNote::at).isSorted();
    }

    @Test
    void another_department_the_submitter_and_the_administrator_neither_read_nor_write() {
        flow.actors.ensure("notes-admin", null, "ADMIN");
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(OFFICE);
        notes.add(d.id(), "内部研判：涉及窗口人员作风问题。");

        flow.as(OTHER_DEPT);
        assertThatThrownBy(() -> notes.notes(d.id())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> notes.add(d.id(), "人社局的备注")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> notes.mentionable(d.id())).isInstanceOf(Refusal.class);

        flow.as(SUBMITTER);
        assertThatThrownBy(() -> notes.notes(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.add(d.id(), "提交人的备注")).isInstanceOf(AccessDeniedException.class);
        SubmissionDetail seen = submissions.detail(d.id());
        assertThat(seen.toString()).doesNotContain("内部研判");
        assertThat(submissions.timeline(d.id())).noneMatch(e -> String.valueOf(e).contains("内部研判"));

        flow.actors.as("notes-admin", "ADMIN");
        assertThatThrownBy(() -> notes.notes(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.add(d.id(), "管理员的备注")).isInstanceOf(AccessDeniedException.class);

        flow.as(OFFICE);
        assertThat(notes.notes(d.id())).extracting(ItemNote::text).containsExactly("内部研判：涉及窗口人员作风问题。");
    }

    @Test
    void an_empty_or_overlong_note_is_refused_with_a_message_and_nothing_is_stored() {
        SubmissionDetail d = flow.inState(SubmissionState.ASSIGNED);
        flow.as(LEAD);
        assertThatThrownBy(() -> notes.add(d.id(), " \u3000\n ")).isInstanceOf(Refusal.class)
                .hasMessage("submission.note.error.empty");
        assertThatThrownBy(() -> notes.add(d.id(), null)).isInstanceOf(Refusal.class)
                .hasMessage("submission.note.error.empty");
        assertThatThrownBy(() -> notes.add(d.id(), "备".repeat(ItemNotes.MAX_TEXT + 1)))
                .isInstanceOf(Refusal.class).hasMessage("submission.note.error.tooLong")
                .satisfies(e -> assertThat(((Refusal) e).args()).containsExactly(ItemNotes.MAX_TEXT));
        assertThat(stored(d.id())).isZero();

        flow.as(LEAD);
        notes.add(d.id(), "  " + "备".repeat(ItemNotes.MAX_TEXT) + "  ");
        assertThat(stored(d.id())).isOne();
    }

    @Test
    void a_mention_tells_exactly_the_colleague_named_and_is_marked_in_the_text() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(OFFICE);
        assertThat(notes.mentionable(d.id())).extracting(Mentionable::username).contains(LEAD, CO)
                .doesNotContain(OFFICE, OTHER_DEPT, SUBMITTER);
        String lead = "@" + nameOf(LEAD);
        ItemNote note = notes.add(d.id(), lead + "请本周内核实，联系邮箱 info@example.cn");

        assertThat(note.mentions()).containsOnlyKeys(LEAD);
        assertThat(mentions()).hasSize(1);
        Notice notice = mentions().getFirst();
        assertThat(notice.recipients()).containsExactly(LEAD);
        assertThat(notice.args()).containsExactly(d.reference(), d.title(), nameOf(OFFICE));
        assertThat(notice.link()).isEqualTo("submissions/" + d.id());
        assertThat(note.parts()).containsExactly(new ItemNote.Part(lead, true),
                new ItemNote.Part("请本周内核实，联系邮箱 info@example.cn", false));

        flow.as(LEAD);
        notes.add(d.id(), "已收到。@dept-kjj 请提供企业名单");
        assertThat(mentions()).hasSize(2);
        assertThat(mentions().getLast().recipients()).containsExactly(CO);
    }

    @Test
    void a_person_who_may_not_read_the_item_cannot_be_mentioned() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(OFFICE);
        assertThatThrownBy(() -> notes.add(d.id(), "请@dept-rsj 协助核实")).as("not the lead's dept, a longer name")
                .isInstanceOf(Refusal.class).hasMessage("submission.note.error.notMentionable")
                .satisfies(e -> assertThat(((Refusal) e).args()).containsExactly("dept-rsj"));
        assertThatThrownBy(() -> notes.add(d.id(), "请@" + nameOf(OTHER_DEPT) + "，协助核实")).isInstanceOf(Refusal.class)
                .hasMessage("submission.note.error.notMentionable")
                .satisfies(e -> assertThat(((Refusal) e).args()).containsExactly(nameOf(OTHER_DEPT)));
        assertThatThrownBy(() -> notes.add(d.id(), "@observer 的诉求需回访")).isInstanceOf(Refusal.class)
                .hasMessage("submission.note.error.notMentionable");
        assertThat(stored(d.id())).isZero();
        assertThat(mentions()).isEmpty();
    }
}
