package cn.ezhou.yshj.load.gatling;

import static cn.ezhou.yshj.load.gatling.VaadinSteps.state;
import static cn.ezhou.yshj.load.gatling.VaadinSteps.uidl;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import cn.ezhou.yshj.load.UidlState;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What each kind of person does, one round at a time, with 5–10 s to read between clicks (or what
 * {@code load.thinkMin}/{@code load.thinkMax} say). Actions that change an item (rate, assign,
 * reply) are sent only when the item offers them; when another session of the same shared account
 * was first, the service refuses in the dialog — counted in {@link #REFUSED}, not as an error.
 */
final class Journeys {

    static final AtomicInteger DONE = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();

    private static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("load.thinkMin", 5000));
    private static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("load.thinkMax", 10000));

    private Journeys() {
    }

    static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    /** Home, own list, one of the items, a rating when the item asks for one. */
    static ChainBuilder observerRound() {
        return exec(uidl("observer home", s -> UidlState.navigate("", "")), think(),
                uidl("observer list", s -> UidlState.navigate("submissions", "")), think(),
                openOneItem("observer item"), think(),
                doIf(s -> state(s).has("action-rate")).then(exec(
                        uidl("rate dialog", s -> state(s).click("action-rate")), think(),
                        uidl("rate confirm", s -> state(s).sync("rating-choice", "value", "\"1\"") + ","
                                + state(s).click("action-confirm")),
                        exec(Journeys::countOutcome), think())));
    }

    /** The inbox, a page further on, another filter, one item, its assignment when it is new. */
    static ChainBuilder officeRound() {
        return exec(uidl("office inbox", s -> UidlState.navigate("office/inbox", "")), think(),
                uidl("office inbox filter", s -> UidlState.navigate("office/inbox", "state=" + pick(OFFICE_FILTERS))), think(),
                doIf(s -> state(s).gridSize("office-inbox") > 50).then(
                        uidl("office inbox page", s -> scroll(s, "office-inbox")), think()),
                openOneItem("office item"), think(),
                uidl("office inbox new", s -> UidlState.navigate("office/inbox", "")), think(),
                openOneItem("office new item"), think(),
                doIf(s -> state(s).has("action-assign")).then(exec(
                        uidl("assign dialog", s -> state(s).click("action-assign")), think(),
                        uidl("assign confirm", s -> state(s).click("action-confirm")),
                        exec(Journeys::countOutcome), think())));
    }

    /** The inbox, one item, a reply when the item awaits one. */
    static ChainBuilder departmentRound() {
        return exec(uidl("department inbox", s -> UidlState.navigate("department/inbox", "")), think(),
                openOneItem("department item"), think(),
                doIf(s -> state(s).has("action-reply")).then(exec(
                        uidl("reply dialog", s -> state(s).click("action-reply")), think(),
                        uidl("reply confirm", s -> state(s).sync("reply-result", "value", "\"1\"") + ","
                                + state(s).sync("action-text", "value", "\"" + REPLY + "\"") + ","
                                + state(s).click("action-confirm")),
                        exec(Journeys::countOutcome), think())));
    }

    private static final List<String> OFFICE_FILTERS = List.of("ASSIGNED", "ANSWERED", "CLOSED");
    private static final String REPLY = "已会同相关科室核实，按规定办理完毕，并电话告知反映人。";

    /** A click on one of the item links the last answer showed (the list's first page). */
    private static ChainBuilder openOneItem(String name) {
        return doIf(s -> !state(s).itemLinks().isEmpty())
                .then(uidl(name, s -> UidlState.navigate("submissions/" + pick(state(s).itemLinks()), "")));
    }

    private static String scroll(Session s, String gridId) {
        int pages = Math.min(state(s).gridSize(gridId) / 50, 4);
        int start = ThreadLocalRandom.current().nextInt(1, pages + 1) * 50;
        return state(s).call(state(s).node(gridId), "setViewportRange", "[" + start + ",50]");
    }

    /** After a confirm: the reloaded item (its heading again) means done; otherwise the dialog shows a refusal. */
    private static Session countOutcome(Session s) {
        (state(s).lastAnswerHas("submission-heading") ? DONE : REFUSED).incrementAndGet();
        return s;
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
