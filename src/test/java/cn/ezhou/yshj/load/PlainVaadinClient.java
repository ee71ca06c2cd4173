package cn.ezhou.yshj.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of HTTP against a running portal, without a browser: its own cookie jar (so
 * its own HTTP and Vaadin session), the form login, the bootstrap of a UI and UIDL round trips.
 * The same requests as the Gatling load test, for the memory benchmark.
 */
public final class PlainVaadinClient {

    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http;
    private UidlState ui;

    public PlainVaadinClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Logs in through the form; throws unless Spring Security accepted the password. */
    public void login(String username, String password) throws IOException, InterruptedException {
        Matcher csrf = SPRING_CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " refused: " + r.statusCode() + " " + location);
        }
    }

    /** Opens a route as a page load does: the bootstrap, then the client's navigation to it. */
    public UidlState open(String route) throws IOException, InterruptedException {
        return open(route, "");
    }

    /** Opens a route with a query string ({@code state=CLOSED}) as a page load does. */
    public UidlState open(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query)
                + "&v-wn=bench&v-tzid=Asia%2FShanghai");
        if (init.statusCode() != 200) {
            throw new IllegalStateException("bootstrap of " + route + ": " + init.statusCode());
        }
        ui = UidlState.fromInit(init.body());
        uidl(UidlState.pageLoad(route, query));
        // The browser's next round trip, right after it rendered the view (the layout's and menu's
        // property events): its small answer replaces the page's large one, which Vaadin keeps per
        // UI (UIInternals' last response, to resend a lost answer).
        uidl();
        return ui;
    }

    /** One UIDL round trip; throws when the server answers with an error. */
    public String uidl(String... rpc) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(ui.request(rpc))).build(), HttpResponse.BodyHandlers.ofString());
        String problem = r.statusCode() == 200 ? ui.absorb(r.body()) : "HTTP " + r.statusCode();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (ui.hasConfirmations()) {
            uidl(ui.takeConfirmations());
        }
        return r.body();
    }

    public UidlState ui() {
        return ui;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
