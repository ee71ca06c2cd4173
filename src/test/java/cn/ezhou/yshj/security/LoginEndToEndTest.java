package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.PortalServerTest;
import cn.ezhou.yshj.support.TestIdentityProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Real HTTP round trips: form login with lockout, and OpenID Connect login against a real provider. */
@PortalServerTest
class LoginEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI postLogin(String username, String password) throws IOException, InterruptedException {
        HttpClient noRedirects = HttpClient.newHttpClient();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = noRedirects.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private String activatedAccount() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("锁定测试", null, Set.of("OBSERVER"), null));
        String username = "lock" + UUID.randomUUID().toString().substring(0, 8);
        accounts.acceptWithPassword(invitation.code(), username, "correct-horse-battery");
        return username;
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_right_password_logs_in_and_a_wrong_one_is_refused() throws Exception {
        String username = activatedAccount();
        assertThat(postLogin(username, "wrong-password-123").getRawQuery()).isEqualTo("error");
        assertThat(postLogin(username, "correct-horse-battery").getPath()).isEqualTo("/");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        String username = activatedAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(username, "wrong-password-" + i).getRawQuery()).isEqualTo("error");
        }
        assertThat(postLogin(username, "correct-horse-battery").getRawQuery()).isEqualTo("error");
        AccountSummary locked = accounts.accounts(username, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(locked.locked()).isTrue();
        accounts.unlock(locked.id());
        assertThat(postLogin(username, "correct-horse-battery").getPath()).isEqualTo("/");
    }

    @Test
    void a_username_longer_than_its_column_is_a_wrong_login_not_a_server_error() throws Exception {
        for (String name : new String[] {"x".repeat(65), "长".repeat(300) + "\u0000"}) {
            for (int i = 0; i < 6; i++) {
                assertThat(postLogin(name, "wrong-password-" + i).getRawQuery()).isEqualTo("error");
            }
        }
    }

    @Test
    void an_unknown_person_from_the_identity_provider_sees_the_not_invited_page() throws Exception {
        TestIdentityProvider.nextLogin("stranger-" + UUID.randomUUID(), Map.of("email", "stranger@example.cn",
                "email_verified", true));
        HttpResponse<String> page = get("/oauth2/authorization/city");
        assertThat(page.uri().getPath()).isEqualTo("/not-invited");
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_invited_person_is_bound_on_first_login_by_verified_email_and_recognised_afterwards() throws Exception {
        String email = "liaison-" + UUID.randomUUID().toString().substring(0, 6) + "@chamber.example.cn";
        accounts.invite(new InviteCommand("商会联络员", email, Set.of("ASSOCIATION"), null));
        String subject = "sub-" + UUID.randomUUID();
        String issuer = TestIdentityProvider.server().issuerUrl(TestIdentityProvider.ISSUER_ID).toString();

        TestIdentityProvider.nextLogin(subject, Map.of("email", email, "email_verified", true));
        HttpResponse<String> first = get("/oauth2/authorization/city");
        assertThat(first.uri().getPath()).isEqualTo("/");
        var bound = repository.findByOidcIssuerAndOidcSubject(issuer, subject).orElseThrow();
        assertThat(bound.roleSet()).containsExactly("ASSOCIATION");

        TestIdentityProvider.nextLogin(subject, Map.of("email", "changed@example.cn", "email_verified", true));
        assertThat(get("/logout").statusCode()).isLessThan(500);
        HttpResponse<String> second = get("/oauth2/authorization/city");
        assertThat(second.uri().getPath()).isEqualTo("/");
        assertThat(repository.findByOidcIssuerAndOidcSubject(issuer, subject)).get()
                .extracting(a -> a.getUsername()).isEqualTo(bound.getUsername());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_unverified_email_does_not_claim_an_invitation() throws Exception {
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
        accounts.invite(new InviteCommand("未验证", email, Set.of("OBSERVER"), null));
        TestIdentityProvider.nextLogin("sub-" + UUID.randomUUID(), Map.of("email", email, "email_verified", false));
        assertThat(get("/oauth2/authorization/city").uri().getPath()).isEqualTo("/not-invited");
    }
}
