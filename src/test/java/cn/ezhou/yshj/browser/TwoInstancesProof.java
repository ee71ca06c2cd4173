package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.support.BrowserSession;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two running instances behind the balancer (ops/two-instances.sh proof starts them; not part of
 * mvn test). Each person's browser is pinned to one instance by the balancer's own cookie, as a
 * first request would have been. An observer on a submits with a file; the office on b sees its bell
 * count rise without reloading, opens the item and downloads the file; a department user on a
 * writes a reply, a is killed with SIGKILL, and the user logs in again through the balancer, lands on
 * b and finds the reply as they left it; the figures job, due every 30 seconds on both instances,
 * runs once per tick in all. Rows are counted in the database before and after.
 */
class TwoInstancesProof {

    private static final String BALANCER = env("CLUSTER_URL");
    private static final Path RUN = Path.of(env("CLUSTER_RUN_DIR"));
    private static final String DB_URL = env("CLUSTER_DB_URL");
    private static final List<String> MANAGEMENT = List.of(env("CLUSTER_MANAGEMENT").split(","));
    private static final Pattern REBUILDS = Pattern.compile(
            "^portal_oversight_rebuild_seconds_count\\{[^}]*outcome=\"success\"[^}]*} ([0-9.]+)$", Pattern.MULTILINE);
    private static final int JOB_PERIOD_SECONDS = 30;
    /**
     * The clock the two instances' cron ticks follow: their system clock, which is this machine's.
     * The proof counts ticks by it, not by a portal's Clock, which only the portal's own work reads.
     */
    private static final Clock INSTANCES_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    private BrowserSession session;

    @BeforeEach
    void openBrowser() {
        session = new BrowserSession(URI.create(BALANCER).getPort());
    }

    @AfterEach
    void closeBrowser() {
        session.close();
    }

    @Test
    @Timeout(900)
    void an_item_passes_between_instances_and_survives_the_loss_of_one() throws Exception {
        String title = "跨实例验证 " + Long.toString(System.nanoTime(), 36);
        byte[] file = ("%PDF-1.4\n% " + title + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        Instant jobsFrom = safeMomentForCounting();
        long rebuildsBefore = rebuilds(MANAGEMENT);
        long itemsBefore = count("select count(*) from submission");

        // The office watches on b.
        Page office = pinnedPage("b");
        session.logIn(office, "office");
        office.navigate(session.url("/office/inbox"));
        Locator bell = office.locator("#notification-count");
        office.locator("#notification-bell").waitFor();
        int unreadBefore = bell.isVisible() ? Integer.parseInt(bell.textContent().strip()) : 0;

        // The observer submits on a, with a file.
        Page observer = pinnedPage("a");
        ItemSteps steps = new ItemSteps(session, 1280, 900);
        session.logIn(observer, "observer");
        steps.use(observer);
        steps.acknowledgeCharter(); // the database is new: the demo observer has not yet acknowledged it
        steps.fillComplaint(title, "两台服务器之间的验证：提交于一台，查看于另一台。");
        observer.locator("#attachment-upload input[type=file]").setInputFiles(
                new FilePayload("跨实例附件.pdf", "application/pdf", file));
        assertThat(observer.locator(".attachment-list")).containsText("跨实例附件.pdf");
        observer.locator("#submission-submit").click();
        String path = steps.submittedItemPath();
        assertThat(servedBy(observer)).isEqualTo("a");

        // On b, the bell counts the new item by itself; the office opens it and takes the file.
        assertThat(bell).hasText(String.valueOf(unreadBefore + 1));
        steps.use(office);
        office.navigate(session.url(path));
        assertThat(office.locator("body")).containsText(title);
        Download download = office.waitForDownload(() -> office.locator(".attachment-list a",
                new Page.LocatorOptions().setHasText("跨实例附件.pdf")).first().click());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(file);
        steps.act(path, "交办");
        steps.choose("牵头部门", "市发改委");
        steps.confirm();
        steps.expectState("已交办");
        assertThat(servedBy(office)).isEqualTo("b");

        // The department signs on a and starts its reply; the draft is saved, then a dies.
        Page department = pinnedPage("a");
        session.logIn(department, "dept");
        steps.use(department);
        steps.act(path, "签收");
        steps.confirm();
        steps.expectState("办理中");
        steps.act(path, "答复");
        steps.radio("已解决");
        String reply = "已在两台服务器之间核实，答复内容在实例停止后仍在。";
        department.locator("#action-text textarea").fill(reply);
        department.locator(".draft-status", new Page.LocatorOptions().setHasText("草稿已保存")).first().waitFor();
        assertThat(servedBy(department)).isEqualTo("a");

        // The jobs are counted while both instances run: at least two ticks, each run once in all.
        Instant jobsTo = waitForTicks(jobsFrom, 2);
        long ticks = ticksBetween(jobsFrom, jobsTo);
        assertThat(rebuilds(MANAGEMENT) - rebuildsBefore).as("figure rebuilds in %d ticks on both instances", ticks)
                .isEqualTo(ticks);

        killInstance("a");

        department.navigate(session.url(path)); // a is gone: b answers, and does not know the session
        try {
            department.locator("input[name='username']").waitFor();
        } catch (RuntimeException e) {
            department.screenshot(new Page.ScreenshotOptions().setPath(RUN.resolve("after-kill.png")));
            throw new AssertionError("no log-in form after a was killed, at " + department.url(), e);
        }
        // The log-in form in place of the item: after it, the portal returns to the item asked for.
        department.locator("input[name='username']").fill("dept");
        department.locator("input[name='password']").fill(BrowserSession.PASSWORD);
        department.locator("input[name='password']").press("Enter");
        department.waitForURL(u -> u.contains(path) && !u.contains("login"));
        assertThat(servedBy(department)).isEqualTo("b");
        steps.act(path, "答复");
        assertThat(department.locator("#action-text textarea")).hasValue(reply);
        steps.radio("已解决");
        steps.confirm();
        steps.expectState("答复待审核");

        assertThat(count("select count(*) from submission") - itemsBefore).isEqualTo(1);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(count("select count(*) from attachment where owner_id = " + id + " and file_name = '跨实例附件.pdf'")).isEqualTo(1);
        assertThat(count("select count(*) from form_draft where owner = 'dept' and target_id = " + id)).isZero();
    }

    /** A page in a context whose balancer cookie names the instance, as if its first request had landed there. */
    private Page pinnedPage(String node) {
        BrowserContext context = session.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.addCookies(List.of(new Cookie("PORTAL_NODE", node).setUrl(session.url("/"))));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    /** The instance the balancer sends this page's requests to now: its cookie after the last answer. */
    private static String servedBy(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("PORTAL_NODE"))
                .map(c -> c.value).findFirst().orElse("none");
    }

    private static void killInstance(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(RUN.resolve(node + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful close
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Scheduled figure rebuilds so far on every instance that answers. */
    private static long rebuilds(List<String> managementUrls) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long total = 0;
        for (String base : managementUrls) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = REBUILDS.matcher(body);
            while (m.find()) { // one series per kind of run (full, incremental)
                total += (long) Double.parseDouble(m.group(1));
            }
        }
        return total;
    }

    /** A moment at least 10 s after a tick and 5 s before the next, when no rebuild is under way. */
    private static Instant safeMomentForCounting() {
        return await("a quiet moment between job ticks").atMost(Duration.ofSeconds(JOB_PERIOD_SECONDS + 5))
                .pollInterval(Duration.ofMillis(500)).until(INSTANCES_CLOCK::instant, now -> {
                    long second = now.getEpochSecond() % JOB_PERIOD_SECONDS;
                    return second >= 10 && second <= JOB_PERIOD_SECONDS - 5;
                });
    }

    private static Instant waitForTicks(Instant from, int ticks) {
        await(ticks + " job ticks").atMost(Duration.ofSeconds((long) (ticks + 1) * JOB_PERIOD_SECONDS))
                .pollInterval(Duration.ofSeconds(1)).until(() -> ticksBetween(from, INSTANCES_CLOCK.instant()) >= ticks);
        return safeMomentForCounting();
    }

    private static long ticksBetween(Instant from, Instant to) {
        return to.getEpochSecond() / JOB_PERIOD_SECONDS - from.getEpochSecond() / JOB_PERIOD_SECONDS;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, "root", "");
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run ops/two-instances.sh proof");
        }
        return value;
    }
}
