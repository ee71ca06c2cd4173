package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import java.util.List;

/** The files of an item as the viewer may see them: the submitter's, and the department's reply files. */
public record SubmissionFiles(List<AttachmentRecord> submitted, List<AttachmentRecord> reply) {
}
