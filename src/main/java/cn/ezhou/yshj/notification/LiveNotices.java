package cn.ezhou.yshj.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a user that new notices arrived, so their bells update (server push).
 * The listeners are this instance's pages: a notice written here signals them at once, one written
 * on another instance reaches them through {@link LiveNoticePoll} within a poll interval.
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

    /** Whether any page on this instance listens; without one there is nothing to poll for. */
    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    void changed(Collection<String> usernames) {
        for (String username : usernames) {
            listeners.getOrDefault(username, Set.of()).forEach(Runnable::run);
        }
    }
}
