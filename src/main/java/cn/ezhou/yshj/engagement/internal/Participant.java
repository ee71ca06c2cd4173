package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.association.Membership;
import java.util.Optional;

/**
 * Who is acting in this module, resolved once per call: the office, a department handler (by unit),
 * an observer, and/or an association liaison (by membership).
 */
public record Participant(String username, boolean office, String departmentUnit, boolean observer,
                          Optional<Membership> association) {

    /** The key a rating is counted under: the association for a liaison, else the observer's own account. */
    public Optional<String> raterKey() {
        if (association.isPresent()) {
            return association.map(m -> associationKey(m.associationId()));
        }
        return observer ? Optional.of(observerKey(username)) : Optional.empty();
    }

    /** Whether something addressed to observers and/or associations reaches this person. */
    public boolean addressedBy(boolean toObservers, boolean toAssociations) {
        return (toObservers && observer) || (toAssociations && association.isPresent());
    }

    public Long associationId() {
        return association.map(Membership::associationId).orElse(null);
    }

    public static String observerKey(String username) {
        return "U:" + username;
    }

    public static String associationKey(long associationId) {
        return "A:" + associationId;
    }

    /** The observer's username in a rater key, if it is an observer's. */
    public static Optional<String> observerIn(String raterKey) {
        return raterKey.startsWith("U:") ? Optional.of(raterKey.substring(2)) : Optional.empty();
    }

    /** The association in a rater key, if it is an association's. */
    public static Optional<Long> associationIn(String raterKey) {
        return raterKey.startsWith("A:") ? Optional.of(Long.parseLong(raterKey.substring(2))) : Optional.empty();
    }
}
