package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.engagement.RoundResults;
import cn.ezhou.yshj.engagement.SatisfactionFigures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The satisfaction rounds whose window overlaps a period, with their results, for the dashboard. */
@Service
public class SatisfactionRounds {

    private final SatisfactionFigures satisfaction;

    SatisfactionRounds(SatisfactionFigures satisfaction) {
        this.satisfaction = satisfaction;
    }

    /** Rounds open at any time in [from, to], including one still running, with the ratings given so far. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<RoundResults> overlapping(LocalDate from, LocalDate to) {
        return satisfaction.resultsEndingIn(from, LocalDate.of(9999, 1, 1)).stream()
                .filter(r -> !r.round().opensOn().isAfter(to)).toList();
    }
}
