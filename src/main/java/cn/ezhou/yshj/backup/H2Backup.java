package cn.ezhou.yshj.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the embedded H2 portal up into {@code portal.backup.dir}, on {@code portal.backup.cron}
 * (default 02:30 in Ezhou): the database first, then the attachments, so every file a backed-up
 * row names is in the backup. Only active when {@code portal.backup.dir} is set.
 */
@Component
@ConditionalOnProperty("portal.backup.dir")
public class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path backups;
    private final Path attachments;

    H2Backup(JdbcTemplate jdbc, Clock clock, @Value("${spring.datasource.url}") String url,
             @Value("${portal.backup.dir}") Path backups,
             @Value("${portal.attachments.dir:./data/attachments}") Path attachments) {
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new IllegalStateException("portal.backup.dir backs up the embedded H2 file database only; "
                    + "back MySQL/MariaDB up with ops/backup/backup-mysql.sh (README, Backup and restore)");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.backups = backups.toAbsolutePath().normalize();
        this.attachments = attachments.toAbsolutePath().normalize();
    }

    /** Writes one backup and returns its folder. */
    @Scheduled(cron = "${portal.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    public synchronized Path backup() {
        String stamp = "portal-" + STAMP.format(clock.instant());
        Path folder = backups.resolve(stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = backups.resolve(stamp + "-" + n); // a second backup within the same second keeps the first
        }
        try {
            Files.createDirectories(folder.resolve("attachments"));
            Path database = folder.resolve("database.zip");
            jdbc.execute("BACKUP TO '" + database.toString().replace("'", "''") + "'");
            BackupFiles.copyAttachments(attachments, folder.resolve("attachments"));
            BackupFiles.writeManifest(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup into " + folder + " failed", e);
        }
        log.info("Backup written to {}", folder);
        return folder;
    }
}
