package cn.ezhou.yshj.observer;

import java.time.LocalDate;

/**
 * Which term an appointed observer serves (1 for the first, 2 after one renewal, …), since when they
 * have served without a break, and a renewal already decided that begins when the current term ends.
 */
public record TermFacts(int number, LocalDate servingSince, LocalDate renewedUntil, LocalDate renewedOn) {

    /** A later term than the first: shown as 续聘 in the roster and the duty record. */
    public boolean renewed() {
        return number > 1;
    }

    public boolean renewalWaiting() {
        return renewedUntil != null;
    }
}
