package cn.ezhou.yshj.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.attachment.AttachmentStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UnknownStoreConfigurationTest {

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withUserConfiguration(UnknownStoreConfiguration.class);

    @Test
    void a_store_name_that_names_no_store_stops_the_start_and_says_which_exist() {
        for (String typo : new String[] {"S3", "minio", "dir"}) {
            portal.withPropertyValues("portal.attachments.store=" + typo).run(context ->
                    assertThat(context).hasFailed().getFailure().rootCause()
                            .hasMessage("portal.attachments.store=" + typo
                                    + " names no attachment store: use directory (the default) or s3"));
        }
    }

    @Test
    void the_two_stores_and_no_setting_at_all_pass() {
        portal.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AttachmentStore.class));
        for (String store : new String[] {"directory", "s3"}) {
            portal.withPropertyValues("portal.attachments.store=" + store)
                    .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AttachmentStore.class));
        }
    }
}
