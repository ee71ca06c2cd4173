package cn.ezhou.yshj.attachment.internal;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar portal.jar --portal.attachments.migrate-to-s3=true} (with the bucket's settings and
 * {@code portal.attachments.store=s3}): copies the directory's files to the bucket
 * ({@link DirectoryToS3Migration}) once the portal has started, logs the counts and every failure,
 * and ends the process. Exit code 0 when nothing failed; 3 when a file failed; 2 when no bucket is
 * configured; 1 is Spring Boot's own for a start that failed (e.g. an unreachable bucket).
 */
@Component
@ConditionalOnBooleanProperty("portal.attachments.migrate-to-s3")
class MigrateToS3Runner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigrateToS3Runner.class);
    static final int NOT_CONFIGURED = 2;
    static final int FILES_FAILED = 3;

    private final AttachmentRepository attachments;
    private final ObjectProvider<S3AttachmentStore> bucket;
    private final Path directory;
    private final ConfigurableApplicationContext context;

    MigrateToS3Runner(AttachmentRepository attachments, ObjectProvider<S3AttachmentStore> bucket,
                      @Value("${portal.attachments.dir:./data/attachments}") Path directory,
                      ConfigurableApplicationContext context) {
        this.attachments = attachments;
        this.bucket = bucket;
        this.directory = directory;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = migrate();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int migrate() {
        S3AttachmentStore target = bucket.getIfAvailable();
        if (target == null) {
            log.error("Attachment migration: set portal.attachments.store=s3 and portal.attachments.s3.* "
                    + "(endpoint, region, bucket, access-key, secret-key); nothing was copied");
            return NOT_CONFIGURED;
        }
        log.info("Attachment migration: from {} to the {}", directory.toAbsolutePath().normalize(), target.where());
        MigrationReport report = new DirectoryToS3Migration(attachments, target, directory).run();
        report.failures().forEach(failure -> log.error("Attachment migration failed: {}", failure));
        log.info("Attachment migration: {}", report);
        return report.failed() == 0 ? 0 : FILES_FAILED;
    }
}
