package cn.ezhou.yshj.submission;

/**
 * How often the office's choice of lead department at assignment was the triage advice's first
 * suggestion, or among its three, over the assignments counted.
 */
public record RoutingHitRate(long assignments, long firstChoiceHits, long topThreeHits) {

    /** Percent of assignments whose lead was the first suggestion; 0 when there were none. */
    public double firstChoicePercent() {
        return assignments == 0 ? 0 : 100.0 * firstChoiceHits / assignments;
    }

    public double topThreePercent() {
        return assignments == 0 ? 0 : 100.0 * topThreeHits / assignments;
    }
}
