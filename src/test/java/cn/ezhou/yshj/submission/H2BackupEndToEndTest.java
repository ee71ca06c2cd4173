package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.attachment.FileTypesTest;
import cn.ezhou.yshj.backup.H2Backup;
import cn.ezhou.yshj.support.PortalTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backup of the embedded H2 portal while it runs ({@link H2Backup}), restored with
 * {@code ops/backup/restore-h2.sh} into a fresh folder: the same items, files and audit trail.
 */
@PortalTest
class H2BackupEndToEndTest extends SubmissionFlowTest {

    private static final Path WORK = BackupFixtures.tempDir("portal-h2-backup-test-");
    private static final String H2_MODE = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
            + "NON_KEYWORDS=VALUE,KEY";

    @DynamicPropertySource
    static void fileDatabaseWithBackups(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("data/portal") + H2_MODE);
        registry.add("portal.attachments.dir", () -> WORK.resolve("data/attachments").toString());
        registry.add("portal.backup.dir", () -> WORK.resolve("backups").toString());
        registry.add("portal.backup.cron", () -> "-");
        BackupFixtures.quietTimers(registry);
    }

    @Autowired
    ItemFiles files;
    @Autowired
    H2Backup h2Backup;
    @Autowired
    JdbcTemplate live;

    @Test
    void a_backup_of_the_running_h2_portal_restores_the_same_items_files_and_audit_trail() throws Exception {
        flow.as(SUBMITTER);
        String token = token();
        SubmissionDetail draft = submissions.saveDraft(draft(token, "H2 备份：窗口材料"));
        files.addToDraft(draft.id(), "材料清单.pdf", FileTypesTest.pdf());
        SubmissionDetail item = submissions.submit(draft(token, "H2 备份：窗口材料"));
        flow.as(OFFICE);
        office.assign(item.id(), item.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        BackupFixtures.awaitEventsHandled(live);

        Path backup = h2Backup.backup();
        Path restored = WORK.resolve("restored");
        ProcessBuilder builder = new ProcessBuilder("bash", "ops/backup/restore-h2.sh").redirectErrorStream(true)
                .redirectOutput(WORK.resolve("restore.log").toFile());
        builder.environment().putAll(Map.of("BACKUP", backup.toString(), "DATA_DIR", restored.resolve("data").toString(),
                "ATTACHMENTS_DIR", restored.resolve("attachments").toString()));
        Process restore = builder.start();
        if (!restore.waitFor(2, TimeUnit.MINUTES)) {
            restore.destroyForcibly();
        }
        assertThat(restore.exitValue()).as(Files.readString(WORK.resolve("restore.log"))).isZero();

        JdbcTemplate copy = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + restored.resolve("data/portal") + H2_MODE, "sa", ""));
        for (String sql : List.of("SELECT id, title, state, version FROM submission ORDER BY id",
                "SELECT * FROM attachment ORDER BY id", "SELECT * FROM audit_entry ORDER BY id")) {
            assertThat(copy.queryForList(sql)).as(sql).isEqualTo(live.queryForList(sql)).isNotEmpty();
        }
        assertThat(copy.queryForList("SELECT action FROM audit_entry WHERE object_id = ?", String.class,
                String.valueOf(item.id()))).contains("ATTACHMENT_UPLOAD", "SUBMISSION_ASSIGN");
        Path liveFiles = WORK.resolve("data/attachments");
        assertThat(BackupFixtures.filesUnder(restored.resolve("attachments")))
                .isEqualTo(BackupFixtures.filesUnder(liveFiles)).hasSize(1);
        for (String file : BackupFixtures.filesUnder(liveFiles)) {
            assertThat(Files.mismatch(restored.resolve("attachments").resolve(file), liveFiles.resolve(file)))
                    .isEqualTo(-1L);
        }
    }
}
