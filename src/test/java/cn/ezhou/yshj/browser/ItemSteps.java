package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.support.BrowserSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The steps the submission journeys share, taken on the page of whoever logged in last, on a
 * screen of one size: open an item and press an action, fill the dialog, confirm it.
 */
final class ItemSteps {

    private final BrowserSession session;
    private final int width;
    private final int height;
    private Page page;

    ItemSteps(BrowserSession session, int width, int height) {
        this.session = session;
        this.width = width;
        this.height = height;
    }

    Page logIn(String username) {
        page = session.logIn(username, width, height);
        return page;
    }

    Page page() {
        return page;
    }

    /** Takes the further steps on a page the caller opened, e.g. in a browser context of its own. */
    void use(Page page) {
        this.page = page;
    }

    String url(String path) {
        return session.url(path);
    }

    /** An observer acknowledges the charter, which every other page leads to until it is done. */
    void acknowledgeCharter() {
        page.navigate(url("/charter/acknowledge"));
        page.locator("#charter-acknowledge").click();
        page.waitForURL(u -> !u.contains("charter"));
    }

    /** After submitting: waits for the new item's page and returns its path, e.g. {@code /submissions/42}. */
    String submittedItemPath() {
        page.waitForURL(u -> u.matches(".*/submissions/\\d+$"));
        return page.url().substring(page.url().indexOf("/submissions/"));
    }

    /** An observer fills a new complaint about the government environment, not yet submitted. */
    void fillComplaint(String title, String body) {
        page.navigate(url("/submissions/new"));
        radio("问题反映/投诉");
        choose("所属领域", "政务环境");
        page.locator("#submission-title input").fill(title);
        page.locator("#submission-body textarea").fill(body);
    }

    void act(String itemPath, String actionButton) {
        page.navigate(url(itemPath));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(actionButton).setExact(true)).click();
    }

    void confirm() {
        page.locator("#action-confirm").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    void radio(String label) {
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).first().locator("input").check();
    }

    void choose(String fieldLabel, String option) {
        page.getByLabel(fieldLabel).first().fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    void expectState(String state) {
        assertThat(page.locator("#submission-state")).hasText(state);
    }

    /** The office assigns the item to a lead department. */
    void assign(String path, String department) {
        logIn("office");
        act(path, "交办");
        choose("牵头部门", department);
        confirm();
        expectState("已交办");
    }

    /** The demo department signs the item and replies that it is solved. */
    void signAndReply(String path, String text) {
        logIn("dept");
        act(path, "签收");
        confirm();
        expectState("办理中");
        act(path, "答复");
        radio("已解决");
        page.locator("#action-text textarea").fill(text);
        confirm();
        expectState("答复待审核");
    }

    /** The office approves the department's reply. */
    void approve(String path) {
        logIn("office");
        act(path, "审核通过答复");
        confirm();
        expectState("已答复");
    }
}
