package cn.ezhou.yshj.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.ezhou.yshj.load.UidlState;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The requests a browser makes against a Vaadin Flow application, as Gatling steps: the login form,
 * the bootstrap of a UI and its UIDL round trips. Every step checks its response — the status, and
 * that a UIDL answer carries no application error, expired session or resynchronisation — so that
 * a failure counts as one. The UI's state lives in the virtual user's session under {@code ui}.
 */
final class VaadinSteps {

    static final String UI = "ui";
    private static final String BROWSER = "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440&v-bh=800&v-bw=1440&v-tzo=-480"
            + "&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FShanghai&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";

    private VaadinSteps() {
    }

    /** Spring Security's form login with the CSRF token from the login page; a wrong password fails the step. */
    static ChainBuilder login() {
        return exec(http("login page").get("/login")
                        .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                .exec(http("login").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{springCsrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));
    }

    /** A full page load of a route: the bootstrap request, then the navigation the client makes at once. */
    static ChainBuilder open(String name, String route) {
        return exec(http(name + " (init)")
                        .get(s -> "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=" + BROWSER
                                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=load-" + s.userId())
                        .check(status().is(200), bodyString().saveAs("init")))
                .exec(s -> s.set(UI, UidlState.fromInit(s.getString("init"))).remove("init"))
                .exec(uidl(name, s -> UidlState.pageLoad(route, "")));
    }

    /**
     * One UIDL round trip with the RPC invocations the function builds from the current state, and
     * the grid confirmation the browser sends right after when the answer brought grid data. Each is
     * timed in a group {@code UIDL} of its own, so the group's statistics are the UIDL requests'.
     */
    static ChainBuilder uidl(String name, Function<Session, String> rpc) {
        return exec(group("UIDL").on(roundTrip(name, rpc)), doIf(s -> state(s).hasConfirmations())
                .then(group("UIDL").on(roundTrip("grid confirm", s -> String.join(",", state(s).takeConfirmations())))));
    }

    private static ChainBuilder roundTrip(String name, Function<Session, String> rpc) {
        return exec(s -> s.set("rpcBody", state(s).request(rpc.apply(s))))
                .exec(http(name)
                        .post(s -> "/?v-r=uidl&v-uiId=" + state(s).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody("#{rpcBody}"))
                        .check(status().is(200),
                                bodyString().transform(b -> String.valueOf(problemIn(b))).is("null"),
                                bodyString().saveAs("uidl")))
                .exec(s -> {
                    String problem = state(s).absorb(s.getString("uidl"));
                    return problem == null ? s.remove("uidl") : s.markAsFailed();
                });
    }

    static UidlState state(Session s) {
        return (UidlState) s.get(UI);
    }

    /** The server's complaint in a UIDL answer, read without touching the UI state. */
    private static String problemIn(String body) {
        if (body.contains("\"appError\"")) {
            return "appError";
        }
        if (body.contains("\"sessionExpired\":true")) {
            return "sessionExpired";
        }
        if (body.contains("\"resynchronize\":true")) {
            return "resynchronize";
        }
        return null;
    }
}
