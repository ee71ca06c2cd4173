package cn.ezhou.yshj.base;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Only a serving observer acts as one: submits, comments, rates, signs up or is counted as a rater.
 * A suspended, expired or dismissed one keeps reading and is told why an action is refused.
 */
@Component
public class ObserverRights {

    private final CurrentUser currentUser;
    private final ObserverStanding standing;

    ObserverRights(CurrentUser currentUser, ObserverStanding standing) {
        this.currentUser = currentUser;
        this.standing = standing;
    }

    /** The translation key saying why the current observer may not act now; empty for anyone who may. */
    public Optional<String> refusalKey() {
        if (!currentUser.hasRole(AppRoles.OBSERVER)) {
            return Optional.empty();
        }
        return currentUser.username().flatMap(standing::notServing)
                .map(state -> "observer.rights." + state.toLowerCase(Locale.ROOT));
    }

    /** Refuses, saying why, when the current user is an observer who does not serve now. */
    public void requireServing() {
        Optional<String> key = refusalKey();
        if (key.isPresent()) {
            throw new Refusal(key.get());
        }
    }

    /** The observer accounts among these that serve now, in the same order. */
    public List<String> serving(Collection<String> observerAccounts) {
        Set<String> out = standing.notServingAccounts();
        return observerAccounts.stream().filter(u -> !out.contains(u)).toList();
    }
}
