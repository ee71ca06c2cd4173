package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.support.Chromium;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Debian's Chromium: each demo role logs in and sees its own navigation; the language switch works. */
@PortalServerTest
class BrowserLoginTest {

    static final String PASSWORD = "Demo#2026pass";
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void logIn(String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("http://localhost:" + port + "/");
    }

    private void radio(String label) {
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).locator("input").check();
    }

    private Locator navigation() {
        return page.locator("#main-nav vaadin-side-nav-item");
    }

    /** Waits until the navigation shows exactly these labels, in this order (a section, then its entries). */
    private void expectNavigation(String... labels) {
        assertThat(navigation()).hasCount(labels.length);
        assertThat(navigation().first()).containsText(labels[0]);
        List<String> shown = navigation().all().stream().map(item -> String.valueOf(item.evaluate(
                "e => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('')"))
                .strip()).toList();
        org.assertj.core.api.Assertions.assertThat(shown).containsExactly(labels);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin;首页,站内搜索,诉求办理,典型案例,观察员,观察员公示,观察员权利义务,权利义务管理,商会协会与政策,征求意见,政策发布,商会协会,系统管理,组织机构,行业标签,工作日历,办理时限,用户与邀请,审计日志,发送失败的邮件,搜索索引,我的账户",
            "office;首页,站内搜索,诉求办理,诉求收件箱,督办,共性问题,典型案例,观察员,观察员公示,观察员权利义务,通报资料,活动,观察员队伍,队伍规模,季度履职,权利义务管理,商会协会与政策,征求意见,政策发布,商会协会,评价考核,数据看板,部门红黑榜,通报考核,满意度测评,系统管理,组织机构,行业标签,工作日历,办理时限,我的账户",
            "dept;首页,站内搜索,部门待办,答复模板,部门红黑榜,观察员公示,观察员权利义务,征求意见,政策发布,满意度测评,典型案例,我的账户",
            "observer;首页,站内搜索,我的履职档案,我的诉求,部门红黑榜,观察员公示,观察员权利义务,征求意见,政策发布,满意度测评,通报资料,活动,典型案例,我的账户",
            "association;首页,站内搜索,我的诉求,部门红黑榜,观察员公示,观察员权利义务,征求意见,政策发布,满意度测评,通报资料,活动,典型案例,我的账户"})
    void each_demo_role_logs_in_and_sees_its_own_navigation(String username, String entries) {
        logIn(username);
        expectNavigation(entries.split(","));
        assertThat(page.locator("#user-menu")).containsText(username);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/home-" + username + ".png")));
    }

    @Test
    void the_office_sees_the_year_at_a_glance_with_national_day_marked() {
        logIn("office");
        page.navigate("http://localhost:" + port + "/admin/calendar");
        for (int clicks = 0; clicks < 100 && !page.locator("#calendar-year").textContent().contains("2026"); clicks++) {
            int shown = Integer.parseInt(page.locator("#calendar-year").textContent().strip());
            page.locator(shown < 2026 ? "#calendar-next-year" : "#calendar-previous-year").click();
            assertThat(page.locator("#calendar-year")).not().hasText(String.valueOf(shown));
        }
        assertThat(page.locator("[data-date='2026-10-01']")).hasClass(java.util.regex.Pattern.compile("holiday"));
        assertThat(page.locator("[data-date='2026-10-10']")).hasClass(java.util.regex.Pattern.compile("workday"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/calendar.png")));
    }

    @Test
    void the_offices_workbench_fits_a_phone_screen_with_its_tiles_two_to_a_row() {
        page.setViewportSize(375, 800);
        logIn("office");
        assertThat(page.locator("#tile-triage")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        double triage = page.locator("#tile-triage").boundingBox().y;
        double review = page.locator("#tile-review").boundingBox().y;
        double extensions = page.locator("#tile-extensions").boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(review).as("second tile beside the first").isEqualTo(triage);
        org.assertj.core.api.Assertions.assertThat(extensions).as("third tile on the next row").isGreaterThan(triage);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/workbench-office-375.png")));
    }

    @Test
    void the_language_switch_turns_the_portal_english_and_back() {
        logIn("observer");
        expectNavigation("首页", "站内搜索", "我的履职档案", "我的诉求", "部门红黑榜", "观察员公示", "观察员权利义务", "征求意见", "政策发布", "满意度测评", "通报资料", "活动", "典型案例", "我的账户");
        page.locator("#language-switch").click();
        expectNavigation("Home", "Search", "My duty record", "My submissions", "Department league table", "Observer publicity", "Observer charter", "Consultations", "Policies", "Satisfaction rounds", "Briefings", "Activities", "Typical cases", "My account");
        page.navigate("http://localhost:" + port + "/account");
        assertThat(page.locator("h2").first()).isVisible();
        expectNavigation("Home", "Search", "My duty record", "My submissions", "Department league table", "Observer publicity", "Observer charter", "Consultations", "Policies", "Satisfaction rounds", "Briefings", "Activities", "Typical cases", "My account");
        page.locator("#language-switch").click();
        expectNavigation("首页", "站内搜索", "我的履职档案", "我的诉求", "部门红黑榜", "观察员公示", "观察员权利义务", "征求意见", "政策发布", "满意度测评", "通报资料", "活动", "典型案例", "我的账户");
    }

    @Test
    void an_observer_must_acknowledge_the_charter_first_and_then_sees_the_duty_record() {
        logIn("observer");
        assertThat(page.locator("#charter-acknowledge")).isVisible();
        page.navigate("http://localhost:" + port + "/account");
        assertThat(page.locator("#charter-acknowledge")).isVisible();
        page.locator("#charter-acknowledge").click();
        page.waitForURL("**/me");
        assertThat(page.locator("#me-charter")).containsText("已于");
        page.navigate("http://localhost:" + port + "/account");
        assertThat(page.locator("#charter-acknowledge")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/account-observer.png")));
    }

    @Test
    void a_visitor_applies_and_the_office_finds_the_application_in_the_roster() {
        page.navigate("http://localhost:" + port + "/apply");
        page.getByLabel("姓名").fill("乔峰");
        radio("男");
        page.getByLabel("身份证号码").fill(cn.ezhou.yshj.observer.TestIds.next());
        page.getByLabel("手机号码").fill("13712345678");
        page.getByLabel("工作单位").fill("鄂州丐帮物流有限公司");
        page.getByLabel("类别").fill("企业家");
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("企业家").setExact(true)).click();
        radio("市级");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-reference")).containsText("GCY-");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/apply-done.png")));

        context.clearCookies();
        logIn("office");
        page.navigate("http://localhost:" + port + "/observers");
        assertThat(page.locator("#observers-grid")).containsText("乔峰");
        assertThat(page.locator("#observers-grid")).containsText("137****5678");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/observers.png")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.ezhou.yshj.security.AccountService accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy security;
    @org.springframework.beans.factory.annotation.Autowired
    cn.ezhou.yshj.security.internal.UserAccountRepository repository;
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Test
    void the_portal_works_under_its_content_security_policy_without_a_violation() {
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation',"
                + " e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        logIn("office");
        page.navigate("http://localhost:" + port + "/office/dashboard");
        assertThat(page.locator("portal-chart").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    private String failedLogin(String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("暂时锁定");
        return page.locator("vaadin-login-form").innerText().strip();
    }

    @Test
    void a_locked_account_and_a_name_that_does_not_exist_get_the_same_answer() {
        security.getContext().setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("admin", "n/a", List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        var invitation = accounts.invite(new cn.ezhou.yshj.security.InviteCommand("锁定演示", null,
                java.util.Set.of("OBSERVER"), null));
        accounts.acceptWithPassword(invitation.code(), "locked-demo", "the-right-password");
        security.clearContext();
        for (int i = 0; i < 5; i++) {
            failedLogin("locked-demo", "wrong-password-" + i);
            failedLogin("nobody-by-this-name", "wrong-password-" + i);
        }
        String locked = failedLogin("locked-demo", "the-right-password");
        String unknown = failedLogin("nobody-by-this-name", "the-right-password");
        org.assertj.core.api.Assertions.assertThat(locked).isEqualTo(unknown);
        org.assertj.core.api.Assertions.assertThat(repository.findByUsername("locked-demo").orElseThrow()
                .isLocked(clock.instant())).as("really locked").isTrue();
    }

    @Test
    void a_wrong_password_shows_an_error_and_stays_on_the_login_page() {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill("office");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
        assertThat(page.locator("vaadin-login-form")).containsText("暂时锁定");
    }
}
