package cn.ezhou.yshj.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.ItemHit;
import cn.ezhou.yshj.submission.ItemQuery;
import cn.ezhou.yshj.submission.ItemSearch;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The index on disk beside an H2 file, as the embedded portal runs it: built at the first start,
 * kept (not rebuilt) across an orderly restart, and rebuilt from the database after a stop without
 * closing and when its directory is gone.
 */
class SearchIndexRestartEndToEndTest {

    private static final Path WORK = tempDir();
    private static final Path INDEX = WORK.resolve("index");

    @Test
    void the_index_survives_a_restart_and_is_rebuilt_from_an_empty_directory() throws IOException {
        String word = "zqrestart" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "").substring(0, 6);
        long id;
        try (ConfigurableApplicationContext portal = start()) {
            IndexStatus first = portal.getBean(SearchIndexService.class).status();
            assertThat(first.reason()).as("a new directory is built once").isEqualTo("search.index.reason.version");
            assertThat(first.finishedAt()).isNotNull();
            as(portal, "observer", "OBSERVER");
            SubmissionDetail item = portal.getBean(SubmissionService.class).submit(new DraftCommand(
                    UUID.randomUUID().toString(), SubmissionType.COMPLAINT, "GOVERNMENT", "ECQ", "窗口排队",
                    "政务服务中心" + word + "窗口排队时间过长。", null, false));
            id = item.id();
            assertThat(found(portal, word)).containsExactly(id);
        }
        assertThat(INDEX.resolve("portal-index.version")).exists();

        try (ConfigurableApplicationContext portal = start()) {
            IndexStatus again = portal.getBean(SearchIndexService.class).status();
            assertThat(again.finishedAt()).as("in step with the database: not rebuilt").isNull();
            assertThat(found(portal, word)).containsExactly(id);
        }

        Files.writeString(INDEX.resolve("portal-index.state"), "open"); // as a portal killed while running leaves it
        try (ConfigurableApplicationContext portal = start()) {
            IndexStatus afterCrash = portal.getBean(SearchIndexService.class).status();
            assertThat(afterCrash.reason()).isEqualTo("search.index.reason.unclean");
            assertThat(found(portal, word)).containsExactly(id);
        }

        deleteTree(INDEX);
        try (ConfigurableApplicationContext portal = start()) {
            IndexStatus rebuilt = portal.getBean(SearchIndexService.class).status();
            assertThat(rebuilt.reason()).isEqualTo("search.index.reason.version");
            assertThat(rebuilt.failure()).isNull();
            assertThat(rebuilt.done()).isPositive();
            assertThat(found(portal, word)).containsExactly(id);
        }
    }

    private static List<Long> found(ConfigurableApplicationContext portal, String word) {
        as(portal, "office", "OFFICE");
        return portal.getBean(ItemSearch.class).office(ItemQuery.words(word), 0, 10).hits().stream()
                .map(ItemHit::item).map(s -> s.id()).toList();
    }

    private static void as(ConfigurableApplicationContext portal, String user, String role) {
        portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, "x",
                        List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("dev").run(
                "--server.port=0", "--management.server.port=0", "--vaadin.launch-browser=false",
                "--logging.level.root=WARN", "--logging.level.cn.ezhou.yshj.search=INFO",
                "--portal.submissions.watch-cron=-", "--portal.mail.send-interval=PT24H",
                "--spring.datasource.url=jdbc:h2:file:" + WORK.resolve("portal")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY",
                "--portal.attachments.dir=" + WORK.resolve("attachments"),
                "--portal.search.dir=" + INDEX, "--portal.search.build-on-start=blocking");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("portal-index-restart-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        deleteTree(WORK);
    }
}
