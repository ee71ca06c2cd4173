package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.security.AccessWithdrawn;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every live HTTP session of the portal, so that a user whose access is withdrawn is logged out at
 * once rather than at the end of a session that push and heartbeats keep alive.
 */
@Component
public class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** Log-in gives the session a new id (session fixation protection). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** After the change is committed, so a new log-in already sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccessWithdrawn event) {
        int ended = end(event.username());
        log.info("Access withdrawn from '{}': {} live session(s) ended", event.username(), ended);
    }

    /** How many HTTP sessions this instance holds now, logged in or not. */
    public int count() {
        return sessions.size();
    }

    /** Invalidates every session logged in as this user; returns how many there were. */
    public int end(String username) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            if (username.equals(owner(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyGone) {
                    // invalidated meanwhile: the listener removes it
                }
                sessions.remove(session.getId());
            }
        }
        return ended;
    }

    private static String owner(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = context instanceof SecurityContext c ? c.getAuthentication() : null;
            return auth == null ? null : auth.getName();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
