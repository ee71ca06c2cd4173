package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Race;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Wrong passwords sent at the same moment are all counted, right ones all let in; run on H2 and on MariaDB. */
abstract class LoginAttemptsContract {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** An observer's account of its own for one test, with a password no test logs in with. */
    private String newAccount(String prefix, String displayName) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(username, displayName, null, Set.of(AppRoles.OBSERVER), null,
                clock.instant());
        account.setPasswordHash("{noop}not-used-here");
        accounts.save(account);
        return username;
    }

    @Test
    void twelve_parallel_wrong_passwords_are_all_counted_and_lock_the_account_twice() throws Exception {
        String username = newAccount("race", "并发测试");

        Race.run(Collections.nCopies(12, () -> {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                    new BadCredentialsException("wrong")));
            return null;
        }));

        // 5 failures lock and start the count afresh: 12 = two locks and 2 counted towards the next.
        assertThat(jdbc.sql("select failed_logins from user_account where username = ?").param(username)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCOUNT_LOCK' and username = ?")
                .param(username).query(Integer.class).single()).isEqualTo(2);
        assertThat(accounts.findByUsername(username).orElseThrow().isLocked(clock.instant())).isTrue();
    }

    @Test
    void twelve_sessions_of_one_account_log_in_at_the_same_moment_and_all_succeed() throws Exception {
        String username = newAccount("both", "同时登录");
        jdbc.sql("update user_account set failed_logins = 3 where username = ?").param(username).update();
        long version = jdbc.sql("select version from user_account where username = ?").param(username)
                .query(Long.class).single();

        int threads = 12;
        Race.run(Collections.nCopies(threads, () -> { // a conflict writing the account would fail the race
            events.publishEvent(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                    username, null, List.of(new SimpleGrantedAuthority(AppRoles.OBSERVER)))));
            return null;
        }));

        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN' and result = ? and username = ?")
                .param(AuditService.SUCCESS).param(username).query(Integer.class).single()).isEqualTo(threads);
        assertThat(jdbc.sql("select count(*) from user_account where username = ? and failed_logins = 0"
                + " and last_login_at is not null").param(username).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select version from user_account where username = ?").param(username)
                .query(Long.class).single()).as("a login is no edit of the account").isEqualTo(version);
    }
}
