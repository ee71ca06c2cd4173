package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AppRoles;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo accounts for trying the portal; only in the dev profile, never in production. */
@Component
@Profile("dev")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo#2026pass";
    /** The invitation the demo observer's account was activated with; the observer module links its record to it. */
    static final String OBSERVER_INVITATION = "demo-observer";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder encoder;
    private final Clock clock;
    /** With the demo city, the observer and liaison accounts come from its appointments and invitations. */
    private final boolean demoCity;

    DemoAccounts(UserAccountRepository accounts, InvitationRepository invitations, PasswordEncoder encoder, Clock clock,
                 @Value("${portal.demo.city.enabled:false}") boolean demoCity) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.encoder = encoder;
        this.clock = clock;
        this.demoCity = demoCity;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("admin", "系统管理员", AppRoles.ADMIN, null);
        create("office", "优化办工作人员", AppRoles.OFFICE, "OFFICE");
        create("dept", "市发改委经办人", AppRoles.DEPARTMENT, "FGW");
        if (demoCity) {
            return;
        }
        create("observer", "观察员（演示）", AppRoles.OBSERVER, null);
        create("association", "商会联络员（演示）", AppRoles.ASSOCIATION, null);
        acceptObserverInvitation();
    }

    /** As a real observer's, the demo observer's account comes from an invitation, so a record can stand behind it. */
    private void acceptObserverInvitation() {
        if (invitations.findByCode(OBSERVER_INVITATION).isPresent()) {
            return;
        }
        Invitation invitation = new Invitation(OBSERVER_INVITATION, "观察员（演示）", "observer@demo.invalid",
                Set.of(AppRoles.OBSERVER), null, clock.instant(), "system", clock.instant());
        invitation.accept("observer", clock.instant());
        invitations.save(invitation);
    }

    private void create(String username, String displayName, String role, String orgUnit) {
        if (accounts.existsByUsername(username)) {
            return;
        }
        UserAccount account = new UserAccount(username, displayName, username + "@demo.invalid", Set.of(role),
                orgUnit, clock.instant());
        account.setPasswordHash(encoder.encode(PASSWORD));
        accounts.save(account);
        log.info("Demo account '{}' created ({})", username, role);
    }
}
