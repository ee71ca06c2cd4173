package cn.ezhou.yshj.attachment.internal;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file's metadata; owned by an item once bound to it. */
@Entity
@Table(name = "attachment")
public class Attachment extends AbstractEntity {

    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "owner_type")
    private String ownerType;
    @Column(name = "owner_id")
    private Long ownerId;

    protected Attachment() {
    }

    public Attachment(String storageKey, String fileName, String contentType, long sizeBytes, String sha256,
                      String uploadedBy, Instant uploadedAt) {
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void bindTo(String ownerType, long ownerId) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public String getOwnerType() { return ownerType; }
    public Long getOwnerId() { return ownerId; }
    public String getSha256() { return sha256; }

    public AttachmentRecord toRecord() {
        return new AttachmentRecord(getId(), fileName, contentType, sizeBytes, uploadedAt);
    }
}
