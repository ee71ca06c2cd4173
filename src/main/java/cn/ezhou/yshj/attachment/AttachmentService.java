package cn.ezhou.yshj.attachment;

import cn.ezhou.yshj.attachment.internal.Attachment;
import cn.ezhou.yshj.attachment.internal.AttachmentRepository;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.PublicFormLimit;
import cn.ezhou.yshj.base.Refusal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores checked files and binds them to their owner. Server-side API for the owning features:
 * they decide who may upload to and read from an item, this service makes sure what is stored is
 * an allowed file, within the size limit, under a key the user never chose.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DataSize maxSize;
    private final PublicFormLimit publicForms;
    static final String UNBOUND_UPLOAD = "form-upload";

    AttachmentService(AttachmentRepository attachments, AttachmentStore store, AuditService audit,
                      CurrentUser currentUser, Clock clock,
                      @Value("${portal.attachments.max-size:10MB}") DataSize maxSize, PublicFormLimit publicForms) {
        this.publicForms = publicForms;
        this.attachments = attachments;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Checks and stores a file for an owner, refusing more than {@code maxPerOwner} files on it. */
    @Transactional
    public AttachmentRecord store(String ownerType, long ownerId, int maxPerOwner, String fileName, byte[] content) {
        if (content != null && content.length > maxSize.toBytes()) {
            throw new Refusal("attachment.error.size", maxSize.toMegabytes());
        }
        if (attachments.countByOwnerTypeAndOwnerId(ownerType, ownerId) >= maxPerOwner) {
            throw new Refusal("attachment.error.tooMany", maxPerOwner);
        }
        String name = FileTypes.cleanName(fileName);
        String type = FileTypes.check(name, content);
        String key = UUID.randomUUID().toString().replace("-", "");
        StoreInTransaction.put(store, key, content);
        Attachment a = new Attachment(key, name, type, content.length, sha256(content),
                currentUser.username().orElse("anonymous"), clock.instant());
        a.bindTo(ownerType, ownerId);
        attachments.save(a);
        audit.record("ATTACHMENT_UPLOAD", ownerType, ownerId, AuditService.SUCCESS, name + " " + content.length);
        return a.toRecord();
    }

    /**
     * Stores a file that has no owner yet (e.g. on a public form before it is sent), under the
     * form's own secret key: only the same form can bind it later.
     */
    @Transactional
    public AttachmentRecord storeUnbound(String formKey, String fileName, byte[] content) {
        if (formKey == null || formKey.length() < 16) {
            throw new IllegalArgumentException("A form key is needed");
        }
        if (!currentUser.isLoggedIn()) {
            // A visitor's uploads fill the disk until the sweep: as many per address as the forms allow.
            publicForms.take(UNBOUND_UPLOAD);
        }
        if (content != null && content.length > maxSize.toBytes()) {
            throw new Refusal("attachment.error.size", maxSize.toMegabytes());
        }
        String name = FileTypes.cleanName(fileName);
        String type = FileTypes.check(name, content);
        String key = UUID.randomUUID().toString().replace("-", "");
        StoreInTransaction.put(store, key, content);
        Attachment a = attachments.save(new Attachment(key, name, type, content.length, sha256(content),
                "form:" + formKey, clock.instant()));
        audit.record("ATTACHMENT_UPLOAD", "form", null, AuditService.SUCCESS, name + " " + content.length);
        return a.toRecord();
    }

    /** Binds the form's unbound files to their owner; a file of another form, or already bound, is refused. */
    @Transactional
    public void bind(String formKey, List<Long> ids, String ownerType, long ownerId, int maxPerOwner) {
        if (ids.size() > maxPerOwner) {
            throw new Refusal("attachment.error.tooMany", maxPerOwner);
        }
        for (Long id : ids) {
            Attachment a = unbound(formKey, id);
            a.bindTo(ownerType, ownerId);
        }
    }

    /** Removes an unbound file of this form. */
    @Transactional
    public void removeUnbound(String formKey, long id) {
        Attachment a = unbound(formKey, id);
        attachments.delete(a);
        StoreInTransaction.deleteAfterCommit(store, a.getStorageKey());
    }

    /**
     * Removes up to a batch of files uploaded on a form before {@code before} and never bound to
     * anything (the form was abandoned); returns how many. Run by {@link UnboundFileSweep}.
     */
    @Transactional
    int removeUnboundBefore(Instant before) {
        List<Attachment> abandoned = attachments.findTop200ByOwnerTypeIsNullAndUploadedAtBeforeOrderByUploadedAtAsc(before);
        for (Attachment a : abandoned) {
            attachments.delete(a);
            StoreInTransaction.deleteAfterCommit(store, a.getStorageKey());
        }
        if (!abandoned.isEmpty()) {
            audit.record("ATTACHMENT_SWEEP", "form", null, AuditService.SUCCESS, String.valueOf(abandoned.size()));
        }
        return abandoned.size();
    }

    /** An unbound file of this form, to show back to the person who uploaded it. */
    public byte[] readUnbound(String formKey, long id) {
        Attachment a = unbound(formKey, id);
        return store.get(a.getStorageKey());
    }

    /** An uploaded file of this form that nothing owns yet. */
    private Attachment unbound(String formKey, long id) {
        return attachments.findById(id)
                .filter(x -> x.getOwnerType() == null && ("form:" + formKey).equals(x.getUploadedBy()))
                .orElseThrow(() -> new Refusal("attachment.error.notFound"));
    }

    public List<AttachmentRecord> of(String ownerType, long ownerId) {
        return attachments.findByOwnerTypeAndOwnerIdOrderByIdAsc(ownerType, ownerId).stream()
                .map(Attachment::toRecord).toList();
    }

    /** The bytes of a file of this owner; the caller has checked that the user may read the owner. */
    public byte[] read(String ownerType, long ownerId, long attachmentId) {
        Attachment a = attachments.findById(attachmentId)
                .filter(x -> ownerType.equals(x.getOwnerType()) && Long.valueOf(ownerId).equals(x.getOwnerId()))
                .orElseThrow(() -> new Refusal("attachment.error.notFound"));
        return store.get(a.getStorageKey());
    }

    /** Removes a file the current user uploaded to this owner (e.g. from a draft). */
    @Transactional
    public void remove(String ownerType, long ownerId, long attachmentId) {
        Attachment a = attachments.findById(attachmentId)
                .filter(x -> ownerType.equals(x.getOwnerType()) && Long.valueOf(ownerId).equals(x.getOwnerId()))
                .filter(x -> x.getUploadedBy().equals(currentUser.username().orElse("")))
                .orElseThrow(() -> new Refusal("attachment.error.notFound"));
        attachments.delete(a);
        StoreInTransaction.deleteAfterCommit(store, a.getStorageKey());
        audit.record("ATTACHMENT_REMOVE", ownerType, ownerId, AuditService.SUCCESS, String.valueOf(attachmentId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
