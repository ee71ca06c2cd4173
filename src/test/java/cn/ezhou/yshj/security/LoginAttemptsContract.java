package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Wrong passwords sent at the same moment are all counted; run on H2 and on MariaDB. */
abstract class LoginAttemptsContract {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void twelve_parallel_wrong_passwords_are_all_counted_and_lock_the_account_twice() throws Exception {
        String username = "race" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(username, "并发测试", null, Set.of(AppRoles.OBSERVER), null, clock.instant());
        account.setPasswordHash("{noop}not-used-here");
        accounts.save(account);

        int threads = 12;
        CyclicBarrier gate = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                gate.await(30, TimeUnit.SECONDS);
                events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                        new BadCredentialsException("wrong")));
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }

        // 5 failures lock and start the count afresh: 12 = two locks and 2 counted towards the next.
        assertThat(jdbc.sql("select failed_logins from user_account where username = ?").param(username)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCOUNT_LOCK' and username = ?")
                .param(username).query(Integer.class).single()).isEqualTo(2);
        assertThat(accounts.findByUsername(username).orElseThrow().isLocked(clock.instant())).isTrue();
    }
}
