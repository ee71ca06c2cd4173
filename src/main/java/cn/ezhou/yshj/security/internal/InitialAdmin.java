package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AppRoles;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a fresh installation from {@code PORTAL_INITIAL_ADMIN_PASSWORD},
 * and only while no administrator exists; everyone else is invited from the portal.
 */
@Component
@Order(21)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String password;

    InitialAdmin(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
                 @Value("${portal.initial-admin.username:admin}") String username,
                 @Value("${portal.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.countByRolesContaining(AppRoles.ADMIN) > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No administrator account exists and none is created: no demo accounts outside the dev profile."
                    + " To create the first administrator, restart once with PORTAL_INITIAL_ADMIN_PASSWORD set"
                    + " (at least {} characters; optionally PORTAL_INITIAL_ADMIN_USERNAME, default 'admin').",
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        if (!UsernameRule.isValid(username)) {
            throw new IllegalStateException("Initial administrator: the username '" + username
                    + "' must be 3 to " + UsernameRule.MAX_LENGTH + " lower-case letters, digits, dots, underscores or hyphens");
        }
        PasswordPolicy.check(username, password);
        if (accounts.existsByUsername(username)) {
            throw new IllegalStateException("Initial administrator: the username '" + username + "' is taken");
        }
        UserAccount admin = new UserAccount(username, "系统管理员", null, Set.of(AppRoles.ADMIN), null, clock.instant());
        admin.setPasswordHash(encoder.encode(password));
        accounts.save(admin);
        log.info("Initial administrator '{}' created", username);
    }
}
