package cn.ezhou.yshj.oversight;

import java.time.Instant;

/**
 * How the league table scores a department: six component scores (0–100) weighted in percent
 * (summing to 100); the speed score falls linearly from 100 at 0 working days to 0 at
 * {@code speedZeroDays}. {@code published}: observers and associations may see the table.
 */
public record LeagueMethod(long version, int onTimeWeight, int speedWeight, int satisfactionWeight, int reopenWeight,
                           int consultationWeight, int roundWeight, int speedZeroDays, boolean published, String updatedBy,
                           Instant updatedAt) {

    public int weight(ScoreComponent component) {
        return switch (component) {
            case ON_TIME -> onTimeWeight;
            case SPEED -> speedWeight;
            case SATISFACTION -> satisfactionWeight;
            case REOPEN -> reopenWeight;
            case CONSULTATION -> consultationWeight;
            case ROUNDS -> roundWeight;
        };
    }
}
