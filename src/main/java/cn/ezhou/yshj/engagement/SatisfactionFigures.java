package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.ScoreTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction results for other modules' figures (the oversight dashboard and league table).
 * Like {@code SubmitterStatistics}, a server-side lookup without a permission check of its own: the
 * figures carry no rater identity, and the service that shows them decides who may see them.
 */
@Component
@Transactional(readOnly = true)
public class SatisfactionFigures {

    private final RoundRepository rounds;
    private final ScoreTable table;
    private final Clock clock;

    SatisfactionFigures(RoundRepository rounds, ScoreTable table, Clock clock) {
        this.rounds = rounds;
        this.table = table;
        this.clock = clock;
    }

    /** The rounds whose window ends in [from, to), by closing day. */
    public List<RoundSummary> roundsEndingIn(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return rounds.findByClosesOnGreaterThanEqualAndClosesOnLessThanOrderByClosesOnAscIdAsc(from, to).stream()
                .map(r -> r.toSummary(today)).toList();
    }

    /**
     * Per round whose window ends in [from, to): per department the average of each dimension, the
     * overall average and the number of ratings, with the round's response figures.
     */
    public List<RoundResults> resultsEndingIn(LocalDate from, LocalDate to) {
        return table.results(rounds.findByClosesOnGreaterThanEqualAndClosesOnLessThanOrderByClosesOnAscIdAsc(from, to),
                LocalDate.now(clock));
    }
}
