package cn.ezhou.yshj.attachment.ui;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Downloads;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Files uploaded on a form before the thing they belong to exists; bound by the form's secret key. */
public final class FormFiles implements AttachmentField.Backend {

    private final String formKey = UUID.randomUUID().toString();
    private final List<AttachmentRecord> uploaded = new CopyOnWriteArrayList<>();
    private final AttachmentService attachments;
    private final int max;

    public FormFiles(AttachmentService attachments, int max) {
        this.attachments = attachments;
        this.max = max;
    }

    /** The form's secret key, handed to the service that binds the files. */
    public String formKey() {
        return formKey;
    }

    public List<Long> ids() {
        return uploaded.stream().map(AttachmentRecord::id).toList();
    }

    @Override
    public AttachmentRecord upload(String fileName, byte[] content) {
        if (uploaded.size() >= max) {
            throw new Refusal("attachment.error.tooMany", max);
        }
        AttachmentRecord r = attachments.storeUnbound(formKey, fileName, content);
        uploaded.add(r);
        return r;
    }

    @Override
    public List<AttachmentRecord> list() {
        return List.copyOf(uploaded);
    }

    @Override
    public void remove(long id) {
        attachments.removeUnbound(formKey, id);
        uploaded.removeIf(r -> r.id() == id);
    }

    @Override
    public Downloads.File read(long id) {
        AttachmentRecord r = uploaded.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        return new Downloads.File(r.fileName(), r.contentType(), attachments.readUnbound(formKey, id));
    }
}
