package cn.ezhou.yshj.observer;

import java.time.Instant;

/** An objection lodged during a publicity period, and how the office resolved it. */
public record ObjectionRecord(long id, long observerId, String lodgedBy, String contact, String reason,
                              Instant lodgedAt, String state, String resolution, String resolvedBy) {

    public boolean isOpen() {
        return "OPEN".equals(state);
    }
}
