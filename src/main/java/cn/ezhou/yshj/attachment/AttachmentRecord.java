package cn.ezhou.yshj.attachment;

import java.time.Instant;

/** An uploaded file's metadata: the name the user gave it, its checked type and size. */
public record AttachmentRecord(long id, String fileName, String contentType, long size, Instant uploadedAt) {
}
