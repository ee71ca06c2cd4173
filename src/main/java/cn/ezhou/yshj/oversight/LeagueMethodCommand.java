package cn.ezhou.yshj.oversight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The office's change to the league table's method; {@code version} is the one the office was shown. */
public record LeagueMethodCommand(
        long version,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int onTimeWeight,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int speedWeight,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int satisfactionWeight,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int reopenWeight,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int consultationWeight,
        @Min(value = 0, message = "oversight.error.weightRange") @Max(value = 100, message = "oversight.error.weightRange")
        int roundWeight,
        @Min(value = 1, message = "oversight.error.speedDays") @Max(value = 60, message = "oversight.error.speedDays")
        int speedZeroDays,
        boolean published) {

    public int weightSum() {
        return onTimeWeight + speedWeight + satisfactionWeight + reopenWeight + consultationWeight + roundWeight;
    }
}
