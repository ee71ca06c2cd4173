package cn.ezhou.yshj.opendata;

import static cn.ezhou.yshj.opendata.Api.V1;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InviteCommand;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API is open to anyone, read-only and stateless: no session is made or read, so a logged-in
 * office's cookie shows nothing more; other sites may read it; it is described by an OpenAPI
 * document of its own paths, with Swagger UI under the portal's security headers.
 */
class OpenDataAccessEndToEndTest extends OpenDataEndToEnd {

    @Autowired
    AccountService accounts;

    @Test
    void only_get_and_head_are_allowed_and_no_session_is_created() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Api.Response refused = api.send(method, V1 + "/consultations");
            assertThat(refused.status()).as(method).isEqualTo(405);
            assertThat(refused.header("Allow")).isEqualTo("GET, HEAD");
        }
        assertThat(api.send("HEAD", V1 + "/consultations").status()).isEqualTo(200);
        Api.Response read = api.get(V1 + "/consultations");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(read.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_logged_in_office_session_sees_through_the_api_only_what_everybody_sees() throws Exception {
        String cookie = officeSession();
        Api.Response nonPublic = api.get(V1 + "/consultations/" + seed.nonPublic(), "Cookie", cookie);
        assertThat(nonPublic.status()).isEqualTo(404);
        Api.Response list = api.get(V1 + "/consultations?size=100", "Cookie", cookie);
        assertThat(Api.Response.list(list.json().get("items"))).extracting(c -> ((Number) c.get("id")).longValue())
                .doesNotContain(seed.nonPublic(), seed.scheduled());
        assertThat(api.get(V1 + "/cases/" + seed.unpublishedCase(), "Cookie", cookie).status()).isEqualTo(404);
    }

    @Test
    void other_sites_may_read_the_data_without_credentials() {
        Api.Response read = api.get(V1 + "/policies", "Origin", "https://data.example.org");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(read.header("Access-Control-Allow-Credentials")).isNull();
        Api.Response preflight = api.send("OPTIONS", V1 + "/policies", "Origin", "https://data.example.org",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
        assertThat(api.send("OPTIONS", V1 + "/policies", "Origin", "https://data.example.org",
                "Access-Control-Request-Method", "POST").status()).isEqualTo(403);
    }

    @Test
    void an_unknown_address_under_the_api_is_a_json_404() {
        Api.Response unknown = api.get(V1 + "/observers");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").toString()).contains(V1 + "/openapi");
    }

    @Test
    void the_openapi_description_covers_the_open_api_only_and_swagger_ui_is_served() {
        Map<String, Object> doc = api.get(V1 + "/openapi").json();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        assertThat(paths.keySet()).allSatisfy(p -> assertThat(p).startsWith(V1 + "/"))
                .contains(V1 + "/consultations", V1 + "/consultations/{id}", V1 + "/consultations/{id}/report",
                        V1 + "/policies", V1 + "/policies/{id}", V1 + "/policies/{id}/changes", V1 + "/league",
                        V1 + "/cases", V1 + "/cases/{id}");
        assertThat(paths.values()).allSatisfy(operations -> assertThat(operations.keySet()).containsOnly("get"));
        assertThat(api.get(V1 + "/openapi.yaml").body()).startsWith("openapi: 3");

        Api.Response docs = api.get("/api/open/docs");
        assertThat(docs.status()).isEqualTo(302);
        String ui = docs.header("Location");
        assertThat(ui).isEqualTo("/api/open/swagger-ui/index.html");
        Api.Response page = api.get(ui);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(api.get("/api/open/swagger-ui/swagger-initializer.js").body()).contains(V1 + "/openapi");
    }

    /** Logs in a fresh office account through the log-in form; its session cookie. */
    private String officeSession() throws IOException, InterruptedException {
        fixture.actors().as("admin", "ADMIN");
        var invitation = accounts.invite(new InviteCommand("开放数据测试", null, Set.of("OFFICE"), "OFFICE"));
        String username = "odsession" + UUID.randomUUID().toString().substring(0, 8);
        accounts.acceptWithPassword(invitation.code(), username, "correct-horse-battery");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=correct-horse-battery";
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
