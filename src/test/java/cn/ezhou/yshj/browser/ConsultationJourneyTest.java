package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import cn.ezhou.yshj.support.TestClock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A consultation's whole way in Chromium: a department opens it for two industry tags → the demo
 * chamber (one of the tags) comments on two articles → an association of another tag does not
 * see it → the window closes → the department answers and publishes the feedback → the chamber
 * reads its answers → the policy is issued and its comparison shows the changed article.
 */
@PortalServerTest
class ConsultationJourneyTest {

    private static final String OUTSIDER = "journey-finance";
    private static final String DRAFT = """
            鄂州市制造业数字化转型若干措施（征求意见稿）
            第一条　为推动制造业数字化转型，制定本措施。
            第二条　对实施数字化改造的规模以上工业企业，按设备投资额的百分之五给予补助。
            第三条　补助资金每年申报一次。
            第四条　本措施自发布之日起施行。
            """;

    @LocalServerPort int port;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired TestClock clock;

    BrowserSession session;
    Page page;

    @BeforeEach
    void open() {
        if (!accounts.existsByUsername(OUTSIDER)) {
            BrowserSession.ensureAccount(accounts, encoder, OUTSIDER, "金融协会联络员", "ASSOCIATION");
            new Actors(security, accounts).as("office", "OFFICE");
            String first17 = "51420700MJ" + String.format("%07d", System.nanoTime() % 10_000_000);
            long id = associations.save(new AssociationCommand(null, 0, "鄂州市金融业协会（旅程）", AssociationKind.INDUSTRY_ASSOCIATION,
                    first17 + CreditCode.checkCharacter(first17), Set.of("FINANCE"), 30)).id();
            associations.bindLiaison(id, OUTSIDER);
            security.clearContext();
        }
        clock.reset();
        session = new BrowserSession(port);
    }

    @AfterEach
    void close() {
        clock.reset();
        session.close();
    }

    private String url(String path) {
        return session.url(path);
    }

    private void logIn(String username) {
        page = session.logIn(username);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/" + name + ".png")));
    }

    private void pick(String fieldId, String option) {
        page.locator("#" + fieldId + " input").fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void commentOn(String article, String text) {
        page.locator(".article", new Page.LocatorOptions().setHasText(article)).first().locator(".comment-button").click();
        page.locator("#comment-body textarea").fill(text);
        page.locator("#comment-members input").fill("35");
        page.locator("#comment-save").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    @Test
    void a_department_consults_two_industries_answers_and_issues_the_policy() {
        logIn("dept");
        page.navigate(url("/consultations/new"));
        page.locator("#consultation-title input").fill("制造业数字化转型若干措施（征求意见稿）");
        page.locator("#consultation-explanation textarea").fill("落实制造业数字化转型要求。");
        page.locator("#draft-text textarea").fill(DRAFT);
        page.locator("#split-text").click();
        assertThat(page.locator("#split-notice")).containsText("已识别 4 条");
        pick("audience-tags", "制造业");
        pick("audience-tags", "物流");
        page.keyboard().press("Escape");
        shot("consultation-new");
        page.locator("#consultation-open").click();
        page.waitForURL(u -> u.matches(".*/consultations/\\d+$"));
        String path = page.url().substring(page.url().indexOf("/consultations/"));
        assertThat(page.locator("#consultation-phase")).hasText("征求中");

        logIn("association");
        page.navigate(url("/consultations"));
        assertThat(page.locator("#consultation-list")).containsText("制造业数字化转型若干措施");
        page.navigate(url(path));
        commentOn("第二条", "建议补助比例提高到百分之八");
        commentOn("第三条", "建议每年申报两次");
        assertThat(page.locator(".comment-card")).hasCount(2);
        shot("consultation-comments");

        logIn(OUTSIDER);
        page.navigate(url("/consultations"));
        assertThat(page.locator("#consultation-list")).not().containsText("制造业数字化转型若干措施");
        page.navigate(url(path));
        assertThat(page.locator("vaadin-vertical-layout")).containsText("未找到该征求意见");

        clock.advance(Duration.ofDays(31)); // the window has closed
        logIn("dept");
        page.navigate(url(path + "/answers"));
        assertThat(page.locator("#answers-status")).containsText("尚有2条未答复");
        page.locator("#publish-report").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("还有2条意见未答复");
        String[] ids = page.locator(".comment-card").evaluateAll("cards => cards.map(c => c.id.substring(8))").toString()
                .replaceAll("[\\[\\] ]", "").split(",");
        pick("outcome-" + ids[0], "采纳");
        page.locator("#answer-" + ids[0]).click();
        assertThat(page.locator("#answers-status")).containsText("尚有1条未答复");
        pick("outcome-" + ids[1], "未采纳");
        page.locator("#reason-" + ids[1] + " textarea").fill("申报次数由财政预算周期决定");
        page.locator("#answer-" + ids[1]).click();
        assertThat(page.locator("#answers-status")).containsText("尚有0条未答复");
        page.locator("#publish-report").click();
        page.waitForURL(u -> u.endsWith("/report"));
        assertThat(page.locator("#report-counts")).containsText("采纳");

        logIn("association");
        page.navigate(url(path + "/report"));
        assertThat(page.locator("vaadin-vertical-layout")).containsText("申报次数由财政预算周期决定");
        shot("consultation-report");

        logIn("dept");
        page.navigate(url(path));
        page.locator("#link-issue-policy").click();
        page.waitForURL(u -> u.contains("/policies/new"));
        page.locator("#draft-text textarea").fill(DRAFT.replace("百分之五", "百分之八").replace("（征求意见稿）", ""));
        pick("policy-tags", "制造业");
        page.keyboard().press("Escape");
        page.locator("#policy-submit").click();
        page.waitForURL(u -> u.matches(".*/policies/\\d+$"));
        assertThat(page.locator("#policy-reach")).containsText("推送人数");
        page.locator("#link-changes").click();
        page.waitForURL(u -> u.endsWith("/changes"));
        assertThat(page.locator(".change-row", new Page.LocatorOptions().setHasText("第二条"))).containsText("修改");
        assertThat(page.locator(".diff-inserted").first()).hasText("八");
        assertThat(page.locator(".change-row", new Page.LocatorOptions().setHasText("第二条")))
                .containsText("建议补助比例提高到百分之八");
        shot("policy-changes");
    }
}
