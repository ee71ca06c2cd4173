package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.Refusal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** The checks a round and a rating must pass; each refusal names what to correct. */
public final class RoundRules {

    public static final int MAX_DIMENSIONS = 8;
    @Stored("round_dimension.name")
    public static final int MAX_DIMENSION_LENGTH = 40;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private RoundRules() {
    }

    public static void checkWindow(LocalDate today, LocalDate opensOn, LocalDate closesOn) {
        if (opensOn.isBefore(today)) {
            throw new Refusal("round.error.opensInPast");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new Refusal("round.error.closesBeforeOpens");
        }
    }

    public static void checkDimensions(List<String> dimensions) {
        if (dimensions.isEmpty() || dimensions.size() > MAX_DIMENSIONS) {
            throw new Refusal("round.error.dimensionCount", MAX_DIMENSIONS);
        }
        if (dimensions.stream().anyMatch(d -> d.isBlank() || d.length() > MAX_DIMENSION_LENGTH)) {
            throw new Refusal("round.error.dimensionName", MAX_DIMENSION_LENGTH);
        }
        if (new HashSet<>(dimensions).size() != dimensions.size()) {
            throw new Refusal("round.error.dimensionDuplicate");
        }
    }

    /** Rating is possible from the first day to the last day of the window, city time. */
    public static void checkOpen(SatisfactionRound round, LocalDate today) {
        switch (round.phase(today)) {
            case SCHEDULED -> throw new Refusal("round.error.notOpenYet", round.getOpensOn().toString());
            case CLOSED -> throw new Refusal("round.error.closed", round.getClosesOn().toString());
            case OPEN -> { }
        }
    }

    public static void checkScores(SatisfactionRound round, List<Integer> scores) {
        if (scores.size() != round.getDimensions().size() || scores.stream().anyMatch(s -> s == null)) {
            throw new Refusal("round.error.scoreEveryDimension");
        }
        if (scores.stream().anyMatch(s -> s < LOWEST || s > HIGHEST)) {
            throw new Refusal("round.error.scoreRange", LOWEST, HIGHEST);
        }
    }
}
