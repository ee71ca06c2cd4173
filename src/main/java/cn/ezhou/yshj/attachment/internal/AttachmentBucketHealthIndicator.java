package cn.ezhou.yshj.attachment.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "attachmentBucket", part of readiness when the files are on an object store (in place of
 * the directory's free disk): DOWN while the bucket cannot be reached or read, since then no file
 * can be uploaded or opened. One HEAD request on the bucket per probe.
 */
@Component
@ConditionalOnProperty(name = "portal.attachments.store", havingValue = "s3")
class AttachmentBucketHealthIndicator implements HealthIndicator {

    private final S3AttachmentStore store;

    AttachmentBucketHealthIndicator(S3AttachmentStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.checkReachable();
            return Health.up().withDetail("store", store.where()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", store.where()).withDetail("error", e.getMessage()).build();
        }
    }
}
