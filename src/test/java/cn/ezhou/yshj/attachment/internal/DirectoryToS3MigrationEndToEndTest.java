package cn.ezhou.yshj.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.attachment.AttachmentStore;
import cn.ezhou.yshj.support.PortalTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/** The copy of the directory's files to the bucket, checked by SHA-256, against S3Proxy. */
@PortalTest
@ContextConfiguration(initializers = S3TestServer.ForContext.class)
class DirectoryToS3MigrationEndToEndTest {

    @TempDir
    Path directory;
    @Autowired
    AttachmentRepository rows;
    @Autowired
    AttachmentStore store;
    @Autowired
    Clock clock;

    private S3AttachmentStore bucket;
    private FileSystemAttachmentStore files;

    @BeforeEach
    void onlyThisTestsFiles() {
        // The S3 contexts' database of their own: the pass goes over every row, so only this test's.
        rows.deleteAll();
        bucket = (S3AttachmentStore) store;
        files = new FileSystemAttachmentStore(directory);
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    /** A row as an upload leaves it, with its file in the directory. */
    private Attachment uploaded(String name, byte[] content) {
        String key = UUID.randomUUID().toString().replace("-", "");
        files.put(key, content);
        return rows.save(new Attachment(key, name, "application/pdf", content.length, sha256(content), "observer", clock.instant()));
    }

    private MigrationReport migrate() {
        return new DirectoryToS3Migration(rows, bucket, directory).run();
    }

    @Test
    void every_file_is_copied_and_read_back_identical_and_a_second_run_copies_nothing() {
        byte[] first = pdf("营商环境");
        byte[] second = pdf("意见建议");
        byte[] third = pdf("third");
        Attachment a = uploaded("问题清单.pdf", first);
        Attachment b = uploaded("建议.pdf", second);
        Attachment c = uploaded("plain.pdf", third);

        MigrationReport report = migrate();
        assertThat(report.copied()).isEqualTo(3);
        assertThat(report.skipped()).isZero();
        assertThat(report.failures()).isEmpty();
        assertThat(bucket.get(a.getStorageKey())).isEqualTo(first);
        assertThat(bucket.get(b.getStorageKey())).isEqualTo(second);
        assertThat(bucket.get(c.getStorageKey())).isEqualTo(third);

        MigrationReport again = migrate();
        assertThat(again.copied()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.failures()).isEmpty();
        assertThat(again).hasToString("copied 0, skipped 3 (already in the bucket, same checksum), failed 0");
    }

    @Test
    void a_missing_or_changed_file_is_reported_as_failed_and_not_copied_while_the_others_are() {
        byte[] good = pdf("good");
        Attachment intact = uploaded("完好.pdf", good);
        Attachment missing = uploaded("丢失.pdf", pdf("missing"));
        files.delete(missing.getStorageKey());
        Attachment changed = uploaded("被改动.pdf", pdf("changed"));
        files.put(changed.getStorageKey(), pdf("not what was uploaded"));
        byte[] right = pdf("right");
        Attachment badCopy = uploaded("上次复制出错.pdf", right);
        bucket.put(badCopy.getStorageKey(), pdf("a broken earlier copy"));

        MigrationReport report = migrate();
        assertThat(report.copied()).as("the intact one, and the one whose earlier copy differs").isEqualTo(2);
        assertThat(report.skipped()).isZero();
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.failures()).anySatisfy(line -> assertThat(line)
                .startsWith("attachment " + missing.getId() + " (" + missing.getStorageKey() + "): no readable file"));
        assertThat(report.failures()).anySatisfy(line -> assertThat(line)
                .startsWith("attachment " + changed.getId() + " (" + changed.getStorageKey() + "): ")
                .contains("does not match the SHA-256 recorded at upload"));
        assertThat(bucket.get(intact.getStorageKey())).isEqualTo(good);
        assertThat(bucket.get(badCopy.getStorageKey())).isEqualTo(right);
        assertThat(bucket.find(missing.getStorageKey())).isEmpty();
        assertThat(bucket.find(changed.getStorageKey())).as("a changed file is not carried over").isEmpty();

        MigrationReport again = migrate();
        assertThat(again.copied()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.failed()).as("still failing, still reported").isEqualTo(2);
    }

    @Test
    void a_directory_that_is_not_there_is_a_failure_not_an_empty_success() {
        uploaded("有.pdf", pdf("x"));
        MigrationReport report = new DirectoryToS3Migration(rows, bucket, directory.resolve("elsewhere")).run();
        assertThat(report.copied()).isZero();
        assertThat(report.failures()).singleElement().asString().startsWith("no attachments directory at ");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
