package cn.ezhou.yshj.engagement;

import java.util.List;
import java.util.Set;

/**
 * A round as a rater or the office sees it: the departments in order and, for a rater, those already
 * rated under the rater's key (for a liaison: by anyone of the association).
 */
public record RoundDetail(RoundSummary round, List<String> departments, Set<String> rated, boolean mayRate) {

    public RoundDetail {
        departments = List.copyOf(departments);
        rated = Set.copyOf(rated);
    }
}
