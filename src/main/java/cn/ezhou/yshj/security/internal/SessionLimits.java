package cn.ezhou.yshj.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session idle for longer than the idle timeout, or older than the absolute limit, before
 * the security context is read from it. Vaadin's heartbeats and push reconnects keep a servlet
 * session alive, so they do not count as activity here: an open tab alone is logged out too.
 */
public class SessionLimits extends OncePerRequestFilter {

    static final String STARTED = SessionLimits.class.getName() + ".started";
    static final String LAST_ACTIVE = SessionLimits.class.getName() + ".lastActive";

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionLimits(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            check(session, clock.millis(), isUserActivity(request));
        }
        chain.doFilter(request, response);
    }

    /** Invalidates the session when a limit is passed, else notes the activity; true when it was ended. */
    boolean check(HttpSession session, long now, boolean activity) {
        try {
            Long started = (Long) session.getAttribute(STARTED);
            Long lastActive = (Long) session.getAttribute(LAST_ACTIVE);
            if (started == null) {
                session.setAttribute(STARTED, now);
                session.setAttribute(LAST_ACTIVE, now);
                return false;
            }
            if (now - started >= absolute.toMillis() || (lastActive != null && now - lastActive >= idle.toMillis())) {
                session.invalidate();
                return true;
            }
            if (activity) {
                session.setAttribute(LAST_ACTIVE, now);
            }
            return false;
        } catch (IllegalStateException alreadyInvalidated) {
            return true;
        }
    }

    /**
     * Vaadin's heartbeat and push connection requests ({@code v-r=heartbeat|push}) are not the user's
     * doing. Read from the query string: asking for a parameter would parse (and buffer) a posted body.
     */
    static boolean isUserActivity(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return true;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("v-r=heartbeat") || pair.equals("v-r=push")) {
                return false;
            }
        }
        return true;
    }
}
