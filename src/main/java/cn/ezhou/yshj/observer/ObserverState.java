package cn.ezhou.yshj.observer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of DESIGN.md §1, plus APPROVED: a reviewed candidate waiting for the next publicity
 * batch (the office approves one by one and publicises in batches).
 */
public enum ObserverState {
    APPLIED, UNDER_REVIEW, APPROVED, REJECTED, IN_PUBLICITY, OBJECTION_UPHELD, APPOINTED, SUSPENDED, EXPIRED, DISMISSED;

    private static final Map<ObserverState, Set<ObserverState>> NEXT = Map.of(
            APPLIED, EnumSet.of(UNDER_REVIEW, REJECTED),
            UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(IN_PUBLICITY, REJECTED),
            IN_PUBLICITY, EnumSet.of(APPOINTED, OBJECTION_UPHELD),
            APPOINTED, EnumSet.of(APPOINTED, SUSPENDED, DISMISSED, EXPIRED),
            SUSPENDED, EnumSet.of(APPOINTED, DISMISSED, EXPIRED));

    public boolean canBecome(ObserverState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Still applying or serving: a second application with the same ID number is refused. */
    public boolean isActive() {
        return this != REJECTED && this != OBJECTION_UPHELD && this != EXPIRED && this != DISMISSED;
    }
}
