package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.attachment.FileTypesTest;
import cn.ezhou.yshj.support.BackupScripts;
import cn.ezhou.yshj.support.MariaDbTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backup and restore with {@code ops/backup/} on MariaDB: a backup of the running portal, restored
 * into a fresh database and a fresh directory, holds the same items, files and audit trail.
 */
@MariaDbTest
class BackupRestoreMariaDbTest extends SubmissionFlowTest {

    private static final Path WORK = BackupFixtures.tempDir("portal-backup-test-");
    private static final Path LIVE_FILES = WORK.resolve("attachments");
    private static final String AUDIT = "SELECT * FROM audit_entry ORDER BY id";

    @DynamicPropertySource
    static void ownFilesAndNoTimers(DynamicPropertyRegistry registry) {
        registry.add("portal.attachments.dir", LIVE_FILES::toString);
        registry.add("portal.test.database", () -> "test_backup");
        BackupFixtures.quietTimers(registry);
    }

    @Autowired
    ItemFiles files;
    @Autowired
    JdbcTemplate live;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password:}")
    String password;

    BackupScripts scripts;
    String restoredName;

    @BeforeEach
    void freshTarget() {
        scripts = new BackupScripts(url, user, password);
        restoredName = scripts.database() + "_restore";
        live.execute("DROP DATABASE IF EXISTS `" + restoredName + "`");
    }

    @Test
    void a_backup_of_the_running_portal_restores_the_same_items_files_and_audit_trail() throws Exception {
        SubmissionDetail item = submittedWithFiles("备份恢复：开办企业材料重复提交");
        flow.as(OFFICE);
        office.assign(item.id(), item.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        BackupFixtures.awaitEventsHandled(live);

        Path restoredFiles = WORK.resolve("restored-all");
        BackupScripts.Result restore = restore(backup(), restoredFiles);
        assertThat(restore.exitCode()).as(restore.output()).isZero();

        JdbcTemplate restored = restoredDatabase();
        String items = "SELECT id, title, state, version FROM submission ORDER BY id";
        assertThat(restored.queryForList(items)).isEqualTo(live.queryForList(items))
                .anySatisfy(row -> assertThat(row).containsEntry("title", "备份恢复：开办企业材料重复提交"));
        assertThat(restored.queryForList(AUDIT)).isEqualTo(live.queryForList(AUDIT));
        assertThat(restored.queryForList("SELECT action FROM audit_entry WHERE object_id = ?", String.class,
                String.valueOf(item.id()))).contains("ATTACHMENT_UPLOAD", "SUBMISSION_ASSIGN");
        String attachments = "SELECT * FROM attachment ORDER BY id";
        assertThat(restored.queryForList(attachments)).isEqualTo(live.queryForList(attachments));
        assertThat(restored.queryForObject("SELECT COUNT(*) FROM attachment WHERE owner_id = ?", Integer.class,
                item.id())).isEqualTo(2);
        assertThat(BackupFixtures.filesUnder(restoredFiles)).isEqualTo(BackupFixtures.filesUnder(LIVE_FILES));
        for (String key : live.queryForList("SELECT storage_key FROM attachment", String.class)) {
            Path relative = Path.of(key.substring(0, 2), key.substring(2, 4), key);
            assertThat(Files.mismatch(restoredFiles.resolve(relative), LIVE_FILES.resolve(relative))).isEqualTo(-1L);
        }
        for (String table : restored.queryForList("SHOW TABLES", String.class)) {
            assertThat(checksum(restored, table)).as(table).isEqualTo(checksum(live, table));
        }
    }

    @Test
    void a_backup_taken_while_items_are_filed_has_the_file_of_every_attachment_row() throws Exception {
        // Enough files that copying them takes a while: files-then-database would miss some written meanwhile.
        BackupFixtures.fillWithOrphans(LIVE_FILES, 4000);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger filed = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                while (writing.get()) {
                    submittedWithFiles("备份期间提交 " + filed.get());
                    filed.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        try {
            awaitAtLeast(filed, 3, failure);
            int before = filed.get();
            Path backup = backup();
            assertThat(filed.get()).as("items filed during the backup").isGreaterThan(before);
            writing.set(false);
            writer.join(Duration.ofSeconds(30));
            assertThat(failure.get()).isNull();

            BackupScripts.Result restore = restore(backup, WORK.resolve("restored-busy"));
            assertThat(restore.exitCode()).as("every attachment row has its file: " + restore.output()).isZero();
            JdbcTemplate restored = restoredDatabase();
            // A draft has no audit entry until it is submitted (a draft saved just before the dump is legitimately bare).
            assertThat(restored.queryForObject("SELECT COUNT(*) FROM submission s WHERE s.state <> 'DRAFT' AND NOT EXISTS"
                    + " (SELECT 1 FROM audit_entry a WHERE a.object_type = 'Submission' AND a.object_id = s.id)", Integer.class))
                    .as("items without their audit entry").isZero();
            assertThat(restored.queryForObject("SELECT COUNT(*) FROM attachment", Integer.class)).isPositive();
        } finally {
            writing.set(false);
            writer.join(Duration.ofSeconds(30));
        }
    }

    @Test
    void a_damaged_backup_is_refused_before_anything_is_restored() throws Exception {
        submittedWithFiles("备份损坏");
        Path backup = backup();
        try (Stream<Path> copies = Files.walk(backup.resolve("attachments"))) {
            Path copy = copies.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(copy);
            bytes[bytes.length - 1] ^= 1;
            Files.write(copy, bytes);
        }
        BackupScripts.Result restore = restore(backup, WORK.resolve("restored-damaged"));
        assertThat(restore.exitCode()).isNotZero();
        assertThat(restore.output()).contains("checksums do not match");
        assertThat(live.queryForList("SHOW DATABASES LIKE '" + restoredName + "'")).isEmpty();
    }

    private SubmissionDetail submittedWithFiles(String title) {
        flow.as(SUBMITTER);
        String token = token();
        SubmissionDetail draft = submissions.saveDraft(draft(token, title));
        try {
            files.addToDraft(draft.id(), "材料清单.pdf", FileTypesTest.pdf());
            files.addToDraft(draft.id(), "窗口照片.png", FileTypesTest.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return submissions.submit(draft(token, title));
    }

    private Path backup() throws Exception {
        BackupScripts.Result result = scripts.run("backup-mysql.sh", Map.of(
                "DB_NAME", scripts.database(), "ATTACHMENTS_DIR", LIVE_FILES.toString(),
                "BACKUP_DIR", WORK.resolve("backups").toString()));
        assertThat(result.exitCode()).as(result.output()).isZero();
        Path folder = Path.of(result.lastLine());
        assertThat(folder.resolve("MANIFEST.sha256")).isRegularFile();
        return folder;
    }

    private BackupScripts.Result restore(Path backup, Path targetFiles) throws Exception {
        return scripts.run("restore-mysql.sh", Map.of("BACKUP", backup.toString(), "DB_NAME", restoredName,
                "ATTACHMENTS_DIR", targetFiles.toString()));
    }

    private JdbcTemplate restoredDatabase() {
        return new JdbcTemplate(new DriverManagerDataSource(scripts.urlOf(restoredName), user, password));
    }

    private static Object checksum(JdbcTemplate jdbc, String table) {
        return jdbc.queryForMap("CHECKSUM TABLE `" + table + "`").get("Checksum");
    }

    private static void awaitAtLeast(AtomicInteger counter, int count, AtomicReference<Throwable> failure) {
        org.awaitility.Awaitility.await(count + " items filed").atMost(Duration.ofSeconds(30)).until(() -> {
            assertThat(failure.get()).isNull();
            return counter.get() >= count;
        });
    }
}
