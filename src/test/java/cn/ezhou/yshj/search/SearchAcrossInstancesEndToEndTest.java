package cn.ezhou.yshj.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances on one database, each with the search index on its own disk: what one writes, the
 * other's search finds within seconds, through the changes listed in the database.
 */
class SearchAcrossInstancesEndToEndTest {

    private static final Path WORK = tempDir();

    @Test
    void an_item_submitted_on_one_instance_is_found_by_the_others_search() throws InterruptedException {
        String word = "zqacross" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "").substring(0, 6);
        try (ConfigurableApplicationContext a = start("a"); ConfigurableApplicationContext b = start("b")) {
            as(a, "observer", "OBSERVER");
            SubmissionDetail item = a.getBean(SubmissionService.class).submit(new DraftCommand(
                    UUID.randomUUID().toString(), SubmissionType.COMPLAINT, "GOVERNMENT", "ECQ", "窗口排队",
                    "政务服务中心" + word + "窗口排队时间过长。", null, false));
            assertThat(found(a, word)).as("the writer's own index, at once").containsExactly(item.id());
            assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from search_change where entity_id = ? and entity_name like '%.Submission'",
                    Long.class, item.id())).as("listed for the other instances").isPositive();

            List<Long> onB = await("the other instance's relay").atMost(Duration.ofSeconds(30)) // it looks every 2 s
                    .until(() -> found(b, word), hits -> !hits.isEmpty());
            assertThat(onB).as("the other instance's index, after its relay looked").containsExactly(item.id());
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

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(Application.class).profiles("dev").run(
                "--server.port=0", "--management.server.port=0", "--vaadin.launch-browser=false",
                "--logging.level.root=WARN", "--spring.jmx.enabled=false",
                "--spring.application.admin.enabled=false",
                "--portal.submissions.watch-cron=-", "--portal.mail.send-interval=PT24H",
                "--spring.datasource.url=jdbc:h2:file:" + WORK.resolve("portal")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY",
                "--portal.attachments.dir=" + WORK.resolve("attachments"),
                "--portal.search.dir=" + WORK.resolve("index-" + name), "--portal.search.build-on-start=blocking",
                "--portal.search.share-changes=true");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("portal-search-across-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(WORK)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
