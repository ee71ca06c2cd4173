package cn.ezhou.yshj.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-portal backup is for the embedded H2 only, and its manifest is one {@code sha256sum -c} reads. */
class H2BackupTest {

    @TempDir
    Path dir;

    @Test
    void a_portal_on_mysql_refuses_to_start_with_the_h2_backup_switched_on() {
        assertThatThrownBy(() -> new H2Backup(null, Clock.systemUTC(), "jdbc:mysql://127.0.0.1:3306/portal",
                dir.resolve("backups"), dir.resolve("attachments")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("backup-mysql.sh");
    }

    @Test
    void the_copy_leaves_out_unfinished_uploads_and_the_manifest_lists_every_file_with_its_checksum()
            throws Exception {
        Path live = Files.createDirectories(dir.resolve("live/ab/cd"));
        Files.writeString(live.resolve("abcd0000000000000000000000000000"), "abc");
        Files.writeString(live.resolve("upload-1.part"), "half");
        Path backup = Files.createDirectories(dir.resolve("backup"));
        BackupFiles.copyAttachments(dir.resolve("live"), backup.resolve("attachments"));
        BackupFiles.writeManifest(backup);
        assertThat(Files.readString(backup.resolve(BackupFiles.MANIFEST))).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                        + "  ./attachments/ab/cd/abcd0000000000000000000000000000\n");
        Process check = new ProcessBuilder("sha256sum", "--strict", "-c", BackupFiles.MANIFEST).directory(backup.toFile())
                .start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).isZero();
    }
}
