package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submission's whole way in Chromium: the observer submits → the office assigns → the
 * department signs and replies → the office approves → the observer is dissatisfied → the office
 * reopens → a second reply → approved → satisfied → closed; the observer's bell counts up live.
 */
class SubmissionJourneyTest extends JourneyTest {

    /** An observer of its own: the test acknowledges the charter, which other tests expect still pending for the demo one. */
    private static final String OBSERVER = "journey-observer";

    ItemSteps steps;
    Page page;

    @BeforeEach
    void open() {
        ensureAccount(OBSERVER, "旅程观察员", "OBSERVER");
        steps = new ItemSteps(session, 1280, 900);
    }

    private String url(String path) {
        return session.url(path);
    }

    private Page logIn(String username) {
        page = steps.logIn(username);
        return page;
    }

    @Test
    void an_observer_submission_goes_through_a_reopening_to_a_satisfied_close() {
        logIn(OBSERVER);
        steps.acknowledgeCharter();
        steps.fillComplaint("不动产登记需跑三个窗口", "办理不动产登记时需要在三个窗口分别排队。\n希望一窗受理。");
        assertThat(page.locator("#autosave-status")).containsText("草稿已自动保存");
        page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload("窗口照片说明.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");
        page.locator("#submission-submit").click();
        String path = steps.submittedItemPath();
        steps.expectState("待分办");
        assertThat(page.locator("#submission-timeline")).containsText("提交");

        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");

        logIn("office");
        page.navigate(url("/office/inbox"));
        assertThat(page.locator("#office-inbox")).containsText("不动产登记需跑三个窗口");
        steps.act(path, "交办");
        steps.choose("牵头部门", "市发改委");
        steps.confirm();
        steps.expectState("已交办");

        steps.signAndReply(path, "已设立综合窗口。");

        // The observer keeps a page open; the bell's count goes up by itself when the answer is approved.
        BrowserContext watcher = session.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page observerPage = watcher.newPage();
        session.logIn(observerPage, OBSERVER);
        observerPage.navigate(url("/submissions"));
        observerPage.locator("#notification-bell").waitFor();
        Locator bell = observerPage.locator("#notification-count");
        assertThat(bell).hasText("2"); // told when the department was assigned and when it signed
        int before = bell.isVisible() ? Integer.parseInt(bell.textContent().strip()) : 0;

        steps.approve(path);
        assertThat(bell).hasText(String.valueOf(before + 1));
        watcher.close();

        logIn(OBSERVER);
        page.navigate(url(path));
        assertThat(page.locator("#submission-reply")).containsText("已设立综合窗口。");
        steps.act(path, "评价");
        steps.radio("不满意");
        page.locator("#action-text textarea").fill("实际仍需跑两个窗口");
        steps.confirm();
        assertThat(page.locator("#submission-rating")).containsText("不满意");

        logIn("office");
        steps.act(path, "重新交办");
        page.locator("#action-text textarea").fill("提交人反映仍需跑两个窗口，请核实");
        steps.confirm();
        steps.expectState("已交办");

        steps.signAndReply(path, "已合并为一个窗口，现场核实通过。");

        steps.approve(path);

        logIn(OBSERVER);
        steps.act(path, "评价");
        steps.radio("满意");
        steps.confirm();
        steps.expectState("已办结");
        assertThat(page.locator("#submission-timeline")).containsText("重新交办");
        page.navigate(url("/submissions"));
        assertThat(page.locator("#my-submissions")).containsText("已办结");
    }
}
