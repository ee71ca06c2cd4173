package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.FileTypesTest;
import cn.ezhou.yshj.base.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files on items: stored intact, read only within the item's scope, limited in number, checked by content. */
abstract class ItemFilesContract extends SubmissionFlowTest {

    @Autowired
    ItemFiles files;

    @Test
    void a_draft_file_travels_with_the_item_and_stays_within_its_scope() throws Exception {
        flow.as(SUBMITTER);
        String token = token();
        SubmissionDetail draft = submissions.saveDraft(draft(token, "附件测试"));
        byte[] pdf = FileTypesTest.pdf();
        AttachmentRecord stored = files.addToDraft(draft.id(), "现场照片说明.pdf", pdf);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        byte[] png = FileTypesTest.png();
        assertThatThrownBy(() -> files.addToDraft(draft.id(), "伪装.pdf", png))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.mismatch");
        for (int i = 2; i <= ItemFiles.MAX_FILES; i++) {
            files.addToDraft(draft.id(), "照片" + i + ".png", png);
        }
        assertThatThrownBy(() -> files.addToDraft(draft.id(), "第六个.png", png))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.tooMany");
        SubmissionDetail submitted = submissions.submit(draft(token, "附件测试"));
        assertThatThrownBy(() -> files.addToDraft(submitted.id(), "提交后.png", png)).isInstanceOf(Refusal.class);
        SubmissionDetail d = submitted;

        flow.as(OFFICE);
        d = office.assign(d.id(), d.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        assertThat(files.download(d.id(), stored.id()).content()).isEqualTo(pdf);
        flow.as(LEAD);
        assertThat(files.files(d.id()).submitted()).hasSize(ItemFiles.MAX_FILES);
        assertThat(files.download(d.id(), stored.id()).name()).isEqualTo("现场照片说明.pdf");
        for (String outsider : List.of(OTHER_OBSERVER, OTHER_DEPT, ASSOCIATION)) {
            flow.as(outsider);
            long id = d.id();
            assertThatThrownBy(() -> files.download(id, stored.id())).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void reply_files_reach_the_submitter_only_after_the_office_approves_the_reply() throws Exception {
        SubmissionDetail d = flow.inState(SubmissionState.ASSIGNED);
        flow.as(LEAD);
        long id = d.id();
        byte[] docx = FileTypesTest.docx();
        assertThatThrownBy(() -> files.addToReply(id, "整改报告.docx", docx))
                .as("sign first").isInstanceOf(Refusal.class).hasMessage("submission.error.illegalTransition");
        d = departments.sign(d.id(), d.version());
        AttachmentRecord report = files.addToReply(id, "整改报告.docx", docx);
        flow.as(CO);
        assertThatThrownBy(() -> files.addToReply(id, "协办.docx", docx))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.notYourAction");
        flow.as(LEAD);
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "见附件"));
        flow.as(SUBMITTER);
        assertThat(files.files(id).reply()).isEmpty();
        assertThatThrownBy(() -> files.download(id, report.id())).isInstanceOf(Refusal.class);
        flow.as(OFFICE);
        office.approveReply(d.id(), d.version());
        flow.as(SUBMITTER);
        assertThat(files.files(id).reply()).extracting(AttachmentRecord::fileName).containsExactly("整改报告.docx");
        assertThat(files.download(id, report.id()).content()).isEqualTo(docx);
    }
}
