package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** A user name typed at the log-in cannot forge a line in the log or the audit trail. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLogLineTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_failed_login_is_logged_and_audited_on_one_line(CapturedOutput output) {
        String typed = "mallory\r\n2026-12-01 INFO forged entry";
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(typed, "wrong"), new BadCredentialsException("bad")));
        assertThat(output.getAll()).contains("Login failed for user 'mallory  2026-12-01 INFO forged entry'")
                .doesNotContain("mallory\r", "mallory\n");
        assertThat(jdbc.queryForList("select username from audit_entry where username like 'mallory%'", String.class))
                .isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain("\r", "\n"));
    }
}
