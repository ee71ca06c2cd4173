package cn.ezhou.yshj.engagement;

import java.time.LocalDate;
import java.util.List;

/** A satisfaction round as lists show it: its window, phase, how many departments and which dimensions. */
public record RoundSummary(long id, String title, LocalDate opensOn, LocalDate closesOn, RoundPhase phase,
                           int departmentCount, List<String> dimensions) {

    public RoundSummary {
        dimensions = List.copyOf(dimensions);
    }
}
