package cn.ezhou.yshj.security.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The log-in metrics for Prometheus: failed log-ins and accounts locked, counted on this instance
 * since it started (Prometheus's rate and increase read across restarts), and the live HTTP sessions.
 * Registered when created, so that no failure counted at start-up is lost.
 */
@Component
class LoginMetrics {

    private final Counter failed;
    private final Counter locked;

    LoginMetrics(MeterRegistry registry, LiveSessions sessions) {
        this.failed = Counter.builder("portal.logins.failed")
                .description("Failed log-in attempts (wrong password, unknown or locked account, identity provider refused)")
                .register(registry);
        this.locked = Counter.builder("portal.accounts.locked")
                .description("Accounts locked after repeated failed log-ins").register(registry);
        Gauge.builder("portal.sessions.live", sessions, LiveSessions::count)
                .description("HTTP sessions held by this instance").register(registry);
    }

    void failed() {
        failed.increment();
    }

    void locked() {
        locked.increment();
    }
}
