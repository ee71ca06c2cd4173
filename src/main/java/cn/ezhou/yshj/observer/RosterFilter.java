package cn.ezhou.yshj.observer;

import java.time.LocalDate;

/** The office's roster filters; null means "any". */
public record RosterFilter(ObserverState state, String category, ObserverLevel level, String districtCode,
                           LocalDate termEndBefore, String name) {

    public static RosterFilter none() {
        return new RosterFilter(null, null, null, null, null, null);
    }
}
