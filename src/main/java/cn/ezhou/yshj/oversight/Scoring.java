package cn.ezhou.yshj.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores and ranks the departments by the office's method (docs/decisions/0012). A component a
 * department has no data for (nothing rated, no consultation due…) is left out and the weights
 * of the others count in proportion, so a department is not punished or rewarded for silence.
 */
final class Scoring {

    private Scoring() {
    }

    record Input(String unitCode, Figures figures, long consultationDue, long consultationOnTime, Double roundAverage,
                 long roundRatings) {
    }

    static List<LeagueRow> rank(List<Input> inputs, LeagueMethod method) {
        List<LeagueRow> unranked = new ArrayList<>();
        for (Input in : inputs) {
            Map<ScoreComponent, Double> scores = scores(in, method);
            unranked.add(new LeagueRow(0, in.unitCode(), in.figures(), in.consultationDue(), in.consultationOnTime(),
                    in.roundAverage(), in.roundRatings(), scores, overall(scores, method)));
        }
        unranked.sort(Comparator.comparing(LeagueRow::overall, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LeagueRow::unitCode));
        List<LeagueRow> ranked = new ArrayList<>();
        for (LeagueRow r : unranked) {
            int rank = r.overall() == null ? 0 : ranked.size() + 1;
            ranked.add(new LeagueRow(rank, r.unitCode(), r.figures(), r.consultationDue(), r.consultationOnTime(),
                    r.roundAverage(), r.roundRatings(), r.scores(), r.overall()));
        }
        return ranked;
    }

    static Map<ScoreComponent, Double> scores(Input in, LeagueMethod method) {
        Figures f = in.figures();
        Map<ScoreComponent, Double> scores = new EnumMap<>(ScoreComponent.class);
        put(scores, ScoreComponent.ON_TIME, f.onTimeRate());
        Double days = f.averageReplyDays();
        if (days != null) {
            scores.put(ScoreComponent.SPEED, Math.max(0, 100 * (1 - days / method.speedZeroDays())));
        }
        put(scores, ScoreComponent.SATISFACTION, f.satisfactionRate());
        Double reopen = f.reopenRate();
        if (reopen != null) {
            scores.put(ScoreComponent.REOPEN, 100 * (1 - reopen));
        }
        put(scores, ScoreComponent.CONSULTATION, Figures.share(in.consultationOnTime(), in.consultationDue()));
        if (in.roundAverage() != null) {
            scores.put(ScoreComponent.ROUNDS, 100 * (in.roundAverage() - 1) / 4);
        }
        return scores;
    }

    /** The weighted mean of the components present; null when none is (or all present weigh 0). */
    static Double overall(Map<ScoreComponent, Double> scores, LeagueMethod method) {
        double sum = 0;
        int weights = 0;
        for (Map.Entry<ScoreComponent, Double> e : scores.entrySet()) {
            int w = method.weight(e.getKey());
            sum += w * e.getValue();
            weights += w;
        }
        return weights == 0 ? null : sum / weights;
    }

    private static void put(Map<ScoreComponent, Double> scores, ScoreComponent c, Double share) {
        if (share != null) {
            scores.put(c, 100 * share);
        }
    }
}
