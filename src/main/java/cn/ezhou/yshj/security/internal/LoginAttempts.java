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
    private final LoginMetrics metrics;

    LoginAttempts(UserAccountRepository accounts, AuditService audit, Clock clock, LoginMetrics metrics,
                  @Value("${portal.security.max-failed-logins:5}") int maxFailures,
                  @Value("${portal.security.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.metrics = metrics;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        // Typed by whoever tries to log in: cut to the column and on one line, so it cannot forge a log or audit line.
        String typed = UserText.oneLine(UsernameRule.forRecord(event.getAuthentication().getName()));
        String reason = event.getException().getClass().getSimpleName();
        log.warn("Login failed for user '{}': {}", typed, reason);
        metrics.failed();
        audit.recordFor(typed, "", "LOGIN", "UserAccount", typed, AuditService.REFUSED, reason);
        String username = UsernameRule.normalise(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent && UsernameRule.fits(username)
                && accounts.countFailedLogin(username) > 0
                && accounts.lockAfterFailures(username, maxFailures, clock.instant().plus(lockDuration)) > 0) {
            log.warn("Account '{}' locked for {} after {} failed logins", username, lockDuration, maxFailures);
            metrics.locked();
            audit.recordFor(username, "", "ACCOUNT_LOCK", "UserAccount", username, AuditService.SUCCESS,
                    maxFailures + " failed logins");
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccessfulLogin(username, clock.instant());
        audit.recordFor(username, "", "LOGIN", "UserAccount", username, AuditService.SUCCESS, null);
    }
}
