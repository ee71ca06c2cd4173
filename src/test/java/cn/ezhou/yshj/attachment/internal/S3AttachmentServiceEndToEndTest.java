package cn.ezhou.yshj.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.AttachmentStore;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** The portal with {@code portal.attachments.store=s3}: uploads and downloads go through the bucket. */
@PortalTest
@ContextConfiguration(initializers = S3TestServer.ForContext.class)
@WithMockUser(username = "observer", roles = "OBSERVER")
class S3AttachmentServiceEndToEndTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    AttachmentStore store;
    @Autowired
    AttachmentRepository rows;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    private static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    private S3AttachmentStore bucket() {
        assertThat(store).isInstanceOf(S3AttachmentStore.class);
        return (S3AttachmentStore) store;
    }

    private String keyOf(AttachmentRecord record) {
        return rows.findById(record.id()).orElseThrow().getStorageKey();
    }

    @Test
    void a_file_with_a_chinese_name_uploaded_through_the_service_is_in_the_bucket_and_downloads_unchanged() {
        byte[] pdf = uniquePdf();
        long owner = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        AttachmentRecord stored = attachments.store("s3-test", owner, 3, "营商环境问题清单（第一批）.pdf", pdf);

        assertThat(stored.fileName()).isEqualTo("营商环境问题清单（第一批）.pdf");
        assertThat(attachments.of("s3-test", owner)).extracting(AttachmentRecord::fileName)
                .containsExactly("营商环境问题清单（第一批）.pdf");
        assertThat(attachments.read("s3-test", owner, stored.id())).isEqualTo(pdf);
        assertThat(bucket().find(keyOf(stored))).get().isEqualTo(pdf);
    }

    @Test
    void a_form_file_removed_leaves_the_bucket_and_one_whose_save_rolled_back_never_stays_there() {
        String form = UUID.randomUUID().toString();
        byte[] pdf = uniquePdf();
        AttachmentRecord stored = attachments.storeUnbound(form, "申请材料.pdf", pdf);
        String key = keyOf(stored);
        assertThat(attachments.readUnbound(form, stored.id())).isEqualTo(pdf);

        attachments.removeUnbound(form, stored.id());
        assertThat(bucket().find(key)).isEmpty();
        assertThatThrownBy(() -> attachments.readUnbound(form, stored.id()))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.notFound");

        String[] rolledBack = new String[1];
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            AttachmentRecord doomed = attachments.storeUnbound(form, "退回.pdf", uniquePdf());
            rolledBack[0] = keyOf(doomed);
            assertThat(bucket().find(rolledBack[0])).as("written while the transaction runs").isPresent();
            throw new IllegalStateException("the owning save fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(bucket().find(rolledBack[0])).isEmpty();
    }

    @Test
    void readiness_checks_that_the_bucket_answers_and_not_the_free_disk_of_a_directory_no_file_is_written_to() {
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,db,mailOutbox,attachmentBucket");
        assertThat(context.getBeansOfType(HealthIndicator.class))
                .containsKey("attachmentBucketHealthIndicator")
                .doesNotContainKey("diskSpaceHealthIndicator");
        assertThat(context.getBean("attachmentBucketHealthIndicator", HealthIndicator.class).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(context.getBeansOfType(AttachmentStore.class)).hasSize(1);

        HealthEndpoint health = context.getBean(HealthEndpoint.class);
        var readiness = (CompositeHealthDescriptor) health.healthForPath("readiness");
        assertThat(readiness.getComponents()).containsOnlyKeys("readinessState", "db", "mailOutbox", "attachmentBucket");
        assertThat(readiness.getComponents().get("attachmentBucket").getStatus()).isEqualTo(Status.UP);
        assertThat(((CompositeHealthDescriptor) health.health()).getComponents()).doesNotContainKey("diskSpace");
    }
}
