package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.internal.LiveSessions;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Disabling an account or removing one of its roles logs its open sessions out at once. */
@PortalTest
class LiveSessionsTest {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired AccountService accountService;
    @Autowired LiveSessions liveSessions;
    Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(security, accounts).ensure("live-admin", null, "ADMIN");
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    private MockHttpSession loggedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
        liveSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private void update(String username, Set<String> roles, boolean enabled) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        actors.as("live-admin", "ADMIN");
        accountService.update(new AccountUpdate(account.getId(), account.getVersion(), roles, null, enabled));
    }

    @Test
    void disabling_an_account_ends_its_live_sessions_and_no_one_elses() {
        actors.ensure("live-disabled", null, "OBSERVER");
        MockHttpSession first = loggedIn("live-disabled");
        MockHttpSession second = loggedIn("live-disabled");
        MockHttpSession other = loggedIn("live-admin");

        update("live-disabled", Set.of("OBSERVER"), false);

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(other.isInvalid()).isFalse();
    }

    @Test
    void removing_a_role_ends_the_live_sessions_but_adding_one_does_not() {
        actors.ensure("live-roles", null, "OBSERVER", "ASSOCIATION");
        MockHttpSession session = loggedIn("live-roles");

        update("live-roles", Set.of("OBSERVER", "ASSOCIATION", "DEPARTMENT"), true);
        assertThat(session.isInvalid()).isFalse();

        update("live-roles", Set.of("OBSERVER"), true);
        assertThat(session.isInvalid()).isTrue();
    }
}
