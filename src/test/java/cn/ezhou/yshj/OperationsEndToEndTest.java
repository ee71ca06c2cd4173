package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.oversight.internal.FigureRefresh;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import cn.ezhou.yshj.security.InviteCommand;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DeadlineWatchRunner;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the people who run the portal see: the health probes and the Prometheus scrape on the
 * management port (a random one here, on 127.0.0.1), and nothing of the actuator on the public port.
 * A database of its own, so that the figures start from an empty portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:operations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1",
        "portal.mail.backlog-age=PT1H", "portal.mail.backlog-threshold=2",
        // A mail server that is configured but never reached: the sender waits, the backlog is judged.
        "spring.mail.host=127.0.0.1", "spring.mail.port=1", "portal.mail.send-interval=PT1H"})
@ActiveProfiles({"dev", "test"})
@Import(TestClock.Config.class)
class OperationsEndToEndTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Value("${portal.attachments.dir}")
    Path attachments;
    @Autowired
    TestClock clock;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    SubmissionService submissions;
    @Autowired
    OfficeDesk office;
    @Autowired
    AccountService accounts;
    @Autowired
    FigureRefresh figureRefresh;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserAccountRepository accountRepository;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + managementPort + path);
    }

    private HttpResponse<String> publicPort(String path) throws IOException, InterruptedException {
        return get("http://localhost:" + port + path);
    }

    private JsonNode readiness(int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = management("/actuator/health/readiness");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    @Test
    void liveness_and_readiness_are_up_after_a_healthy_start_with_the_database_the_outbox_and_the_disk() throws Exception {
        HttpResponse<String> liveness = management("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");

        JsonNode readiness = readiness(200);
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        JsonNode components = readiness.path("components");
        assertThat(components.propertyNames()).containsExactlyInAnyOrder("readinessState", "db", "mailOutbox", "diskSpace");
        for (String component : List.of("readinessState", "db", "mailOutbox", "diskSpace")) {
            assertThat(components.path(component).path("status").asString()).as(component).isEqualTo("UP");
        }
        assertThat(Path.of(components.path("diskSpace").path("details").path("path").asString()))
                .isEqualTo(attachments.toAbsolutePath());
        assertThat(components.path("diskSpace").path("details").path("threshold").asLong()).isEqualTo(1L << 30);
        assertThat(components.path("mailOutbox").path("details").path("threshold").asLong()).isEqualTo(2);
    }

    @Test
    void readiness_is_down_while_more_old_unsent_mail_waits_than_the_threshold_and_liveness_stays_up() throws Exception {
        List<OutboxMail> queued = new ArrayList<>();
        try {
            queued.add(outbox.save(new OutboxMail("old-1@test.invalid", "s", "b", clock.instant().minus(Duration.ofHours(2)))));
            queued.add(outbox.save(new OutboxMail("old-2@test.invalid", "s", "b", clock.instant().minus(Duration.ofHours(3)))));
            queued.add(outbox.save(new OutboxMail("new-1@test.invalid", "s", "b", clock.instant().minus(Duration.ofMinutes(10)))));
            JsonNode atThreshold = readiness(200);
            assertThat(atThreshold.path("components").path("mailOutbox").path("details").path("count").asLong())
                    .as("two old ones, the recent one does not count").isEqualTo(2);

            queued.add(outbox.save(new OutboxMail("old-3@test.invalid", "s", "b", clock.instant().minus(Duration.ofHours(1).plusSeconds(1)))));
            JsonNode over = readiness(503);
            assertThat(over.path("status").asString()).isEqualTo("DOWN");
            assertThat(over.path("components").path("mailOutbox").path("status").asString()).isEqualTo("DOWN");
            assertThat(over.path("components").path("mailOutbox").path("details").path("count").asLong()).isEqualTo(3);
            assertThat(over.path("components").path("db").path("status").asString()).isEqualTo("UP");
            assertThat(management("/actuator/health/liveness").statusCode()).as("the process itself is fine").isEqualTo(200);
        } finally {
            outbox.deleteAll(queued);
        }
        assertThat(readiness(200).path("status").asString()).isEqualTo("UP");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_scrape_shows_every_figure_and_reads_the_database_again_only_after_the_kept_period() throws Exception {
        Scrape before = scrape();
        for (String metric : List.of("portal_submissions", "portal_submissions_overdue", "portal_submissions_warned",
                "portal_mail_outbox_backlog", "portal_mail_outbox_failed", "portal_logins_failed_total",
                "portal_accounts_locked_total", "portal_sessions_live", "portal_vaadin_uis_open",
                "portal_oversight_rebuild_seconds_count", "disk_free_bytes")) {
            assertThat(before.has(metric)).as(metric).isTrue();
        }
        assertThat(before.body).contains("state=\"SUBMITTED\"", "state=\"CLOSED\"", "application=\"observer-portal\"",
                "outcome=\"success\"", "outcome=\"failure\"");

        // A submission: kept for the period, then read again.
        Actors actors = new Actors(security, accountRepository).ensure("office", "OFFICE", "OFFICE");
        actors.as("observer", "OBSERVER");
        SubmissionDetail item = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                "GOVERNMENT", "ECQ", "开办企业材料重复提交", "企业开办窗口要求重复提交营业执照复印件，希望精简材料。", "XZSPJ", false));
        // One e-mail waiting, one given up.
        OutboxMail waiting = outbox.save(new OutboxMail("waiting@test.invalid", "s", "b", clock.instant()));
        OutboxMail givenUp = new OutboxMail("given-up@test.invalid", "s", "b", clock.instant());
        givenUp.failed("550 no such user", clock.instant(), Duration.ofMinutes(1), Duration.ofHours(1), 1);
        givenUp = outbox.save(givenUp);
        Scrape kept = scrape();
        assertThat(kept.value("portal_submissions", "SUBMITTED")).as("still the kept reading")
                .isEqualTo(before.value("portal_submissions", "SUBMITTED"));
        assertThat(kept.value("portal_mail_outbox_failed")).isEqualTo(before.value("portal_mail_outbox_failed"));
        clock.advance(Duration.ofSeconds(31));
        Scrape fresh = scrape();
        assertThat(fresh.value("portal_submissions", "SUBMITTED")).isEqualTo(before.value("portal_submissions", "SUBMITTED") + 1);
        assertThat(fresh.value("portal_mail_outbox_failed")).isEqualTo(before.value("portal_mail_outbox_failed") + 1);
        assertThat(fresh.value("portal_mail_outbox_backlog")).as("at least the waiting one; notices may add more")
                .isGreaterThanOrEqualTo(before.value("portal_mail_outbox_backlog") + 1);
        outbox.deleteAll(List.of(waiting, givenUp));

        // Assigned, then warned on the deadline day, then overdue the day after.
        actors.as("office", "OFFICE");
        item = office.assign(item.id(), item.version(), new AssignCommand("FGW", List.of(), false));
        LocalDate deadline = item.deadline();
        clock.set(deadline.atTime(10, 0).atZone(CITY).toInstant());
        DeadlineWatchRunner.run(context);
        Scrape warnedDay = scrape();
        assertThat(warnedDay.value("portal_submissions", "ASSIGNED")).isEqualTo(before.value("portal_submissions", "ASSIGNED") + 1);
        assertThat(warnedDay.value("portal_submissions_warned")).isEqualTo(before.value("portal_submissions_warned") + 1);
        clock.set(deadline.plusDays(1).atTime(10, 0).atZone(CITY).toInstant());
        DeadlineWatchRunner.run(context);
        Scrape overdueDay = scrape();
        assertThat(overdueDay.value("portal_submissions_overdue")).isEqualTo(before.value("portal_submissions_overdue") + 1);
        assertThat(overdueDay.value("portal_submissions_warned")).isEqualTo(before.value("portal_submissions_warned"));

        // Failed log-ins and a lockout, counted at once (counters, not database readings).
        actors.as("admin", "ADMIN");
        String username = activatedAccount();
        for (int i = 0; i < 5; i++) {
            postLogin(username, "wrong-password-" + i);
        }
        Scrape afterLogins = scrape();
        assertThat(afterLogins.value("portal_logins_failed_total")).isEqualTo(before.value("portal_logins_failed_total") + 5);
        assertThat(afterLogins.value("portal_accounts_locked_total")).isEqualTo(before.value("portal_accounts_locked_total") + 1);

        // A browser tab opens a UI; a rebuild of the oversight figures is timed.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/?v-r=init&location=login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        figureRefresh.run();
        Scrape last = scrape();
        assertThat(last.value("portal_vaadin_uis_open")).isGreaterThanOrEqualTo(1);
        assertThat(last.value("portal_sessions_live")).isGreaterThanOrEqualTo(1);
        assertThat(last.value("portal_oversight_rebuild_seconds_count", "incremental", "success"))
                .isEqualTo(before.value("portal_oversight_rebuild_seconds_count", "incremental", "success") + 1);
        assertThat(last.value("portal_oversight_rebuild_seconds_sum", "incremental", "success")).isPositive();
        assertThat(last.value("disk_free_bytes")).isGreaterThan(1L << 30);
    }

    @Test
    void the_actuator_answers_only_on_the_management_port_and_shows_only_health_info_and_prometheus() throws Exception {
        HttpClient administrator = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<Void> login = administrator.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Demo%232026pass")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            HttpResponse<String> anonymous = publicPort(path);
            assertThat(anonymous.statusCode()).as(path + " on the public port").isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/login");
            HttpResponse<String> loggedIn = administrator.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.statusCode()).as(path + " as an administrator on the public port").isIn(403, 404);
            assertThat(loggedIn.body()).as(path + " as an administrator on the public port")
                    .doesNotContain("\"status\"", "portal_submissions");
        }
        assertThat(management("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
                "/actuator/loggers", "/actuator/metrics", "/login", "/")) {
            assertThat(management(path).statusCode()).as(path + " on the management port").isEqualTo(404);
        }
        assertThat(context.getEnvironment().getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_alerting_rules_in_ops_name_only_metrics_the_scrape_contains() throws Exception {
        Map<String, Object> file = new Yaml().load(Files.readString(Path.of("ops/prometheus/alerts.yml")));
        Set<String> named = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                Matcher metric = Pattern.compile("\\b(portal_[a-z_]+|disk_free_bytes)\\b").matcher((String) rule.get("expr"));
                metric.results().forEach(m -> named.add(m.group(1)));
            }
        }
        assertThat(named).contains("portal_mail_outbox_backlog", "portal_submissions_overdue", "portal_logins_failed_total");
        Scrape scrape = scrape();
        assertThat(named).allSatisfy(name -> assertThat(scrape.has(name)).as(name).isTrue());
    }

    private String activatedAccount() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("运维测试", null, Set.of("OBSERVER"), null));
        String username = "ops" + UUID.randomUUID().toString().substring(0, 8);
        accounts.acceptWithPassword(invitation.code(), username, "correct-horse-battery");
        return username;
    }

    private void postLogin(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    private Scrape scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = management("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return new Scrape(response.body());
    }

    /** The Prometheus text format, read by metric name and an optional label value. */
    private record Scrape(String body) {

        private static final Pattern LINE = Pattern.compile("^([a-z_]+)(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);

        boolean has(String name) {
            return LINE.matcher(body).results().anyMatch(m -> m.group(1).equals(name));
        }

        /** The one sample of that name (with that label value, if given). */
        double value(String name, String... labelValues) {
            List<Double> values = new ArrayList<>();
            Matcher m = LINE.matcher(body);
            while (m.find()) {
                String labels = m.group(2) == null ? "" : m.group(2);
                boolean labelled = List.of(labelValues).stream().allMatch(v -> labels.contains("=\"" + v + "\""));
                if (m.group(1).equals(name) && labelled) {
                    values.add(Double.parseDouble(m.group(3)));
                }
            }
            assertThat(values).as(name + " " + List.of(labelValues)).hasSize(1);
            return values.getFirst();
        }
    }
}
