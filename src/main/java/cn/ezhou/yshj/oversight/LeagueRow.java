package cn.ezhou.yshj.oversight;

import java.util.Map;

/**
 * A department's line in the league table: its item figures, its consultation answers, its
 * satisfaction-round average (null without ratings) over that many ratings, the
 * component scores it has data for (a component without data is absent and its weight is shared
 * out over the others), and the overall score (null when it had nothing to score).
 */
public record LeagueRow(int rank, String unitCode, Figures figures, long consultationDue, long consultationOnTime,
                        Double roundAverage, long roundRatings, Map<ScoreComponent, Double> scores, Double overall) {
}
