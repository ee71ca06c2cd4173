package cn.ezhou.yshj.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a user that new notices arrived, so their bells update at once (server
 * push). In memory: a page on another instance refreshes its count when it next talks to its server.
 */
@Component
public class LiveNotices {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Registers a page's callback; run the returned handle when the page closes. */
    public Runnable register(String username, Runnable onNew) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(onNew);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(onNew);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(Collection<String> usernames) {
        for (String username : usernames) {
            listeners.getOrDefault(username, Set.of()).forEach(Runnable::run);
        }
    }
}
