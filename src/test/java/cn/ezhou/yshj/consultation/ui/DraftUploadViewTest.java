package cn.ezhou.yshj.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.base.ui.BoundedUpload;
import cn.ezhou.yshj.consultation.text.DocxText;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.UploadRequests;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The new consultation's DOCX draft and its attachments are cut at their limits on the server. */
class DraftUploadViewTest extends PortalViewTest {

    @Autowired
    AttachmentService attachments;

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_docx_draft_over_the_limit_is_cut_at_the_limit_and_leaves_the_text_empty() {
        navigate(NewConsultationView.class);
        BoundedUpload docx = $(BoundedUpload.class).id("draft-docx");
        assertThat(docx.limitBytes()).isEqualTo(DocxText.MAX_SIZE.toBytes());
        assertThat(UploadRequests.sendEndless(docx)).isEqualTo(DocxText.MAX_SIZE.toBytes() + 1);
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("文件超过 10 MB 上限"));
        assertThat($(TextArea.class).id("draft-text").getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_consultation_files_are_cut_at_the_attachment_limit() {
        navigate(NewConsultationView.class);
        BoundedUpload files = $(BoundedUpload.class).id("attachment-upload");
        assertThat(files.limitBytes()).isEqualTo(attachments.maxSize().toBytes());
        assertThat(UploadRequests.sendEndless(files)).isEqualTo(attachments.maxSize().toBytes() + 1);
    }
}
