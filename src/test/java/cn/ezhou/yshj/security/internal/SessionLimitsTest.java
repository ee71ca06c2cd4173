package cn.ezhou.yshj.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Sessions end 30 minutes after the user's last own request, heartbeats or not, and 12 hours after they began. */
class SessionLimitsTest {

    private final TestClock clock = new TestClock();
    private final SessionLimits limits = new SessionLimits(clock, Duration.ofMinutes(30), Duration.ofHours(12));
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void firstRequest() throws Exception {
        request("v-r=uidl");
    }

    private void request(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        limits.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void an_open_tab_sending_only_heartbeats_is_logged_out_after_the_idle_timeout() throws Exception {
        for (int minute = 5; minute < 30; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            request("v-r=heartbeat");
            request("v-r=push&v-uiId=0");
            assertThat(session.isInvalid()).as("after %d minutes", minute).isFalse();
        }
        clock.advance(Duration.ofMinutes(5));
        request("v-r=heartbeat");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_users_own_requests_keep_the_session_alive() throws Exception {
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(29));
            request("v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_ends_twelve_hours_after_it_began_however_busy() throws Exception {
        for (int i = 0; i < 47; i++) {
            clock.advance(Duration.ofMinutes(15));
            request(null);
        }
        assertThat(session.isInvalid()).as("after 11 h 45 min").isFalse();
        clock.advance(Duration.ofMinutes(15));
        request("v-r=uidl");
        assertThat(session.isInvalid()).isTrue();
    }
}
