package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.internal.LiveSessions;
import cn.ezhou.yshj.security.internal.WithdrawalRelay;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Disabling an account or removing one of its roles logs its open sessions out at once, on every instance. */
@PortalTest
class LiveSessionsTest {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired AccountService accountService;
    @Autowired LiveSessions liveSessions;
    @Autowired WithdrawalRelay relay;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
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

    @Test
    void access_withdrawn_on_another_instance_ends_the_sessions_held_here_once() {
        actors.ensure("live-elsewhere", null, "OBSERVER");
        MockHttpSession session = loggedIn("live-elsewhere");
        MockHttpSession other = loggedIn("live-admin");

        // As another instance's withdrawing transaction leaves it: a row, and no event in this JVM.
        jdbc.update("insert into access_withdrawal (username, withdrawn_at) values (?, ?)", "live-elsewhere",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        relay.poll();
        assertThat(session.isInvalid()).isTrue();
        assertThat(other.isInvalid()).isFalse();

        MockHttpSession loggedInAgain = loggedIn("live-elsewhere");
        relay.poll();
        assertThat(loggedInAgain.isInvalid()).isFalse();
    }

    @Test
    void a_withdrawal_made_here_is_written_for_the_other_instances_and_ends_sessions_here_only_once() {
        actors.ensure("live-relayed", null, "OBSERVER", "ASSOCIATION");
        MockHttpSession session = loggedIn("live-relayed");

        update("live-relayed", Set.of("OBSERVER"), true);
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from access_withdrawal where username = ?", Long.class,
                "live-relayed")).isEqualTo(1);

        MockHttpSession loggedInAgain = loggedIn("live-relayed");
        relay.poll();
        assertThat(loggedInAgain.isInvalid()).isFalse();
    }
}
