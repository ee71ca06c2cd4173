package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RoundResults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds round results from the database's sums per round, department and dimension: averages are
 * computed here from sums and counts, so every database gives the same figures.
 */
@Component
public class ScoreTable {

    private final RatingRepository ratings;
    private final RaterRepository raters;

    ScoreTable(RatingRepository ratings, RaterRepository raters) {
        this.ratings = ratings;
        this.raters = raters;
    }

    private record Cell(long sum, long count) {
    }

    /** Results of each round, in the order given; every department of a round is listed, rated or not. */
    public List<RoundResults> results(Collection<SatisfactionRound> rounds, LocalDate today) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<String, Cell> cells = new HashMap<>();
        for (Object[] row : ratings.sums(rounds.stream().map(SatisfactionRound::getId).toList())) {
            cells.put(number(row[0]) + "|" + row[1] + "|" + number(row[2]), new Cell(number(row[3]), number(row[4])));
        }
        List<RoundResults> results = new ArrayList<>();
        for (SatisfactionRound round : rounds) {
            List<DepartmentScore> scores = round.getDepartments().stream().sorted()
                    .map(unit -> score(round, unit, cells)).toList();
            results.add(new RoundResults(round.toSummary(today), scores, ratings.respondents(round.getId()),
                    raters.countByRoundId(round.getId())));
        }
        return results;
    }

    private DepartmentScore score(SatisfactionRound round, String unit, Map<String, Cell> cells) {
        List<Double> averages = new ArrayList<>();
        long sum = 0;
        long count = 0;
        long ratingCount = 0;
        for (int i = 0; i < round.getDimensions().size(); i++) {
            Cell c = cells.get(round.getId() + "|" + unit + "|" + i);
            averages.add(c == null || c.count() == 0 ? null : (double) c.sum() / c.count());
            if (c != null) {
                sum += c.sum();
                count += c.count();
                ratingCount = Math.max(ratingCount, c.count());
            }
        }
        return new DepartmentScore(unit, averages, count == 0 ? null : (double) sum / count, ratingCount);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
