package cn.ezhou.yshj.support;

import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Switches the acting user inside one test, and makes sure the test's accounts exist. */
public final class Actors {

    private final SecurityContextHolderStrategy security;
    private final UserAccountRepository accounts;

    public Actors(SecurityContextHolderStrategy security, UserAccountRepository accounts) {
        this.security = security;
        this.accounts = accounts;
    }

    /** Creates the account once (e-mail {@code username@test.invalid}). */
    public Actors ensure(String username, String orgUnit, String... roles) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(new UserAccount(username, "测试" + username, username + "@test.invalid", Set.of(roles),
                    orgUnit, Instant.parse("2026-01-01T00:00:00Z")));
        }
        return this;
    }

    /** Acts as the user from now on (the roles must match the account's). */
    public void as(String username, String... roles) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "x",
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).collect(Collectors.toList())));
    }

    /** Sets something up as other people, then acts again as whoever was acting before (a view test's user). */
    public <T> T meanwhile(java.util.function.Supplier<T> setUp) {
        var before = security.getContext().getAuthentication();
        try {
            return setUp.get();
        } finally {
            security.getContext().setAuthentication(before);
        }
    }

    public void anonymous() {
        security.clearContext();
    }
}
