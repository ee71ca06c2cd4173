package cn.ezhou.yshj.attachment.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, long ownerId);

    long countByOwnerTypeAndOwnerId(String ownerType, long ownerId);

    /** Files uploaded on a form before this time and never bound to anything, oldest first. */
    List<Attachment> findTop200ByOwnerTypeIsNullAndUploadedAtBeforeOrderByUploadedAtAsc(Instant before);

    /** The next page of files by id, for a pass over all of them (the copy to an object store). */
    List<Attachment> findTop500ByIdGreaterThanOrderByIdAsc(long id);
}
