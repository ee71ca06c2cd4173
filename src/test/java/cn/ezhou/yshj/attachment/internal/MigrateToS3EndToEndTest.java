package cn.ezhou.yshj.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration as an operator runs it: the portal started in a process of its own with
 * {@code --portal.attachments.migrate-to-s3=true}, which copies, logs its counts and exits with the
 * code a script can test.
 */
class MigrateToS3EndToEndTest {

    @TempDir
    Path work;

    private record Run(int exitCode, String output) {
    }

    @Test
    void the_portal_copies_the_files_exits_zero_and_exits_three_once_a_file_is_missing_and_two_without_a_bucket() throws Exception {
        String database = "jdbc:h2:file:" + work.resolve("data/portal") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY";
        Flyway.configure().dataSource(database, "sa", "").locations("classpath:db/migration").load().migrate();
        Path directory = work.resolve("attachments");
        FileSystemAttachmentStore files = new FileSystemAttachmentStore(directory);
        byte[] first = pdf("营商环境");
        byte[] second = pdf("second");
        String firstKey = uploaded(database, files, "问题清单.pdf", first);
        String secondKey = uploaded(database, files, "second.pdf", second);

        try (S3TestServer s3 = new S3TestServer(Files.createDirectories(work.resolve("objects")))) {
            Run copy = portal(database, directory, s3, "s3");
            assertThat(copy.exitCode()).as(copy.output()).isZero();
            assertThat(copy.output()).contains("Attachment migration: copied 2, skipped 0 (already in the bucket, same checksum), failed 0");
            S3AttachmentStore bucket = s3.store("portal-attachments");
            assertThat(bucket.get(firstKey)).isEqualTo(first);
            assertThat(bucket.get(secondKey)).isEqualTo(second);

            String lostKey = uploaded(database, files, "丢失.pdf", pdf("lost"));
            files.delete(lostKey);
            Run again = portal(database, directory, s3, "s3");
            assertThat(again.exitCode()).as(again.output()).isEqualTo(MigrateToS3Runner.FILES_FAILED);
            assertThat(again.output())
                    .contains("Attachment migration failed: attachment 3 (" + lostKey + "): no readable file in the directory")
                    .contains("Attachment migration: copied 0, skipped 2 (already in the bucket, same checksum), failed 1");
            assertThat(bucket.find(lostKey)).isEmpty();

            Run withoutBucket = portal(database, directory, s3, "directory");
            assertThat(withoutBucket.exitCode()).as(withoutBucket.output()).isEqualTo(MigrateToS3Runner.NOT_CONFIGURED);
            assertThat(withoutBucket.output()).contains("Attachment migration: set portal.attachments.store=s3");
        }
    }

    /** The portal's main class on the tests' class path, as {@code java -jar} would start it. */
    private Run portal(String database, Path directory, S3TestServer s3, String store)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "portal-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.ezhou.yshj.Application",
                // Beside a running portal: ports of its own (the portal only runs as a web application).
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=" + database,
                "--portal.search.dir=" + work.resolve("data/index"),
                "--portal.attachments.dir=" + directory,
                "--portal.attachments.store=" + store,
                "--portal.attachments.s3.endpoint=" + s3.endpoint(),
                "--portal.attachments.s3.region=" + S3TestServer.REGION,
                "--portal.attachments.s3.bucket=portal-attachments",
                "--portal.attachments.migrate-to-s3=true"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The keys as production passes them: from the environment, never on the command line.
        builder.environment().put("PORTAL_ATTACHMENTS_S3_ACCESS_KEY", S3TestServer.ACCESS_KEY);
        builder.environment().put("PORTAL_ATTACHMENTS_S3_SECRET_KEY", S3TestServer.SECRET_KEY);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("The migration did not end within 5 minutes:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String uploaded(String database, FileSystemAttachmentStore files, String name, byte[] content)
            throws SQLException {
        String key = UUID.randomUUID().toString().replace("-", "");
        files.put(key, content);
        try (Connection db = DriverManager.getConnection(database, "sa", "");
             PreparedStatement insert = db.prepareStatement("insert into attachment (storage_key, file_name, content_type,"
                     + " size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, 'application/pdf', ?, ?, 'observer', ?)")) {
            insert.setString(1, key);
            insert.setString(2, name);
            insert.setLong(3, content.length);
            insert.setString(4, sha256(content));
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-11-02T01:00:00Z")));
            insert.executeUpdate();
        }
        return key;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
