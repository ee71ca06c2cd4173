package cn.ezhou.yshj.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Folders and file listings for the backup tests. */
final class BackupFixtures {

    private BackupFixtures() {
    }

    /** Only the test writes while a live and a restored database are compared: the timed jobs stay off. */
    static void quietTimers(DynamicPropertyRegistry registry) {
        for (String job : List.of("oversight.refresh", "submissions.watch", "consultations.watch", "rounds.watch",
                "calendar.watch", "observers.quarterly-reminder", "observers.term-end-reminder")) {
            registry.add("portal." + job + "-cron", () -> "-");
        }
        registry.add("portal.mail.send-interval", () -> "PT1H");
    }

    /** Listeners (notifications, mail) finish before a backup, so nothing changes the live database after it. */
    static void awaitEventsHandled(JdbcTemplate live) {
        org.awaitility.Awaitility.await("events handled").atMost(Duration.ofSeconds(30)).until(() -> live.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Integer.class) == 0);
    }

    /** Files no row names, under keys as the store makes them. */
    static void fillWithOrphans(Path store, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString().replace("-", "");
            Path dir = Files.createDirectories(store.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)));
            Files.writeString(dir.resolve(key), key);
        }
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files under a folder, as sorted relative paths. */
    static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
