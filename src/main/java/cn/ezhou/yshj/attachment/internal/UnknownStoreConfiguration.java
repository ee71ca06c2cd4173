package cn.ezhou.yshj.attachment.internal;

import cn.ezhou.yshj.attachment.AttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@code portal.attachments.store} that names no store (a typo, {@code S3}, {@code minio}) stops
 * the start with a message that lists the stores, instead of a missing bean or a property that
 * cannot be resolved later in the start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!{'directory', 's3'}.contains('${portal.attachments.store:directory}')")
class UnknownStoreConfiguration {

    @Bean
    AttachmentStore unknownAttachmentStore(@Value("${portal.attachments.store}") String store) {
        throw new IllegalStateException("portal.attachments.store=" + store
                + " names no attachment store: use directory (the default) or s3");
    }
}
