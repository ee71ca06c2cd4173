package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Logs and audits every failed login, and locks an account after repeated failures. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(UserAccountRepository accounts, AuditService audit, Clock clock,
                  @Value("${portal.security.max-failed-logins:5}") int maxFailures,
                  @Value("${portal.security.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        // Typed by whoever tries to log in: on one line, so it cannot forge a log or audit line.
        String username = UserText.oneLine(String.valueOf(event.getAuthentication().getName()));
        String reason = event.getException().getClass().getSimpleName();
        log.warn("Login failed for user '{}': {}", username, reason);
        audit.recordFor(username, "", "LOGIN", "UserAccount", username, AuditService.REFUSED, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(username.strip().toLowerCase()).ifPresent(account -> {
                if (account.recordFailedLogin(maxFailures, clock.instant().plus(lockDuration))) {
                    log.warn("Account '{}' locked until {} after {} failed logins", username,
                            account.getLockedUntil(), maxFailures);
                    audit.recordFor(username, "", "ACCOUNT_LOCK", "UserAccount", account.getId(),
                            AuditService.SUCCESS, maxFailures + " failed logins");
                }
            });
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(a -> a.recordSuccessfulLogin(clock.instant()));
        audit.recordFor(username, "", "LOGIN", "UserAccount", username, AuditService.SUCCESS, null);
    }
}
