package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.Viewer;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on items: up to five by the submitter while drafting, up to five by the lead department
 * with its reply. Reading follows the item's scope; the submitter sees reply files only once the
 * office approved the reply.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ItemFiles {

    public static final int MAX_FILES = 5;
    static final String SUBMITTED = "submission";
    static final String REPLY = "submission-reply";

    private final Workflow workflow;
    private final AttachmentService attachments;

    ItemFiles(Workflow workflow, AttachmentService attachments) {
        this.workflow = workflow;
        this.attachments = attachments;
    }

    public org.springframework.util.unit.DataSize maxSize() {
        return attachments.maxSize();
    }

    public SubmissionFiles files(long id) {
        Workflow.Access access = workflow.access(id);
        Submission item = access.item();
        Set<Party> standing = access.standing();
        return new SubmissionFiles(attachments.of(SUBMITTED, id),
                Presenter.replyVisible(standing, item) ? attachments.of(REPLY, id) : List.of());
    }

    public FileContent download(long id, long attachmentId) {
        SubmissionFiles visible = files(id);
        for (var group : List.of(visible.submitted(), visible.reply())) {
            for (AttachmentRecord f : group) {
                if (f.id() == attachmentId) {
                    String owner = group == visible.submitted() ? SUBMITTED : REPLY;
                    return new FileContent(f.fileName(), f.contentType(), attachments.read(owner, id, attachmentId));
                }
            }
        }
        throw new Refusal("attachment.error.notFound");
    }

    @Transactional
    public AttachmentRecord addToDraft(long id, String fileName, byte[] content) {
        requireOwn(id, Party.SUBMITTER, EnumSet.of(SubmissionState.DRAFT));
        return attachments.store(SUBMITTED, id, MAX_FILES, fileName, content);
    }

    @Transactional
    public void removeFromDraft(long id, long attachmentId) {
        requireOwn(id, Party.SUBMITTER, EnumSet.of(SubmissionState.DRAFT));
        attachments.remove(SUBMITTED, id, attachmentId);
    }

    @Transactional
    public AttachmentRecord addToReply(long id, String fileName, byte[] content) {
        requireOwn(id, Party.LEAD, EnumSet.of(SubmissionState.SIGNED, SubmissionState.REWORK));
        return attachments.store(REPLY, id, MAX_FILES, fileName, content);
    }

    @Transactional
    public void removeFromReply(long id, long attachmentId) {
        requireOwn(id, Party.LEAD, EnumSet.of(SubmissionState.SIGNED, SubmissionState.REWORK));
        attachments.remove(REPLY, id, attachmentId);
    }

    private void requireOwn(long id, Party party, Set<SubmissionState> states) {
        Workflow.Access access = workflow.access(id);
        Submission item = access.item();
        if (!access.standing().contains(party)) {
            throw new Refusal("submission.error.notYourAction");
        }
        if (!states.contains(item.getState())) {
            throw new Refusal("submission.error.illegalTransition");
        }
    }
}
