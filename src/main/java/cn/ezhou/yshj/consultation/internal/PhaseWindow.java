package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.ConsultationPhase;
import java.time.LocalDate;

/**
 * A {@link ConsultationPhase} on a given day as bounds the list queries can use on their indexes'
 * columns: whether the report is out, and the ranges of the opening and closing days. Without a
 * phase, every consultation passes. The outer bounds are dates both databases store.
 */
public record PhaseWindow(boolean filtered, boolean reported, LocalDate opensFrom, LocalDate opensTo,
                          LocalDate closesFrom, LocalDate closesTo) {

    static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public static PhaseWindow of(ConsultationPhase phase, LocalDate today) {
        if (phase == null) {
            return new PhaseWindow(false, false, FIRST, LAST, FIRST, LAST);
        }
        return switch (phase) {
            case SCHEDULED -> new PhaseWindow(true, false, today.plusDays(1), LAST, FIRST, LAST);
            case OPEN -> new PhaseWindow(true, false, FIRST, today, today, LAST);
            case ANSWERING -> new PhaseWindow(true, false, FIRST, LAST, FIRST, today.minusDays(1));
            case REPORTED -> new PhaseWindow(true, true, FIRST, LAST, FIRST, LAST);
        };
    }
}
