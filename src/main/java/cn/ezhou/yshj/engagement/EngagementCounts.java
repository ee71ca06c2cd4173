package cn.ezhou.yshj.engagement;

/** What one person did in a period, for the duty record; see {@link EngagementStatistics} for the meaning. */
public record EngagementCounts(long activitiesAttended, long roundsRated) {

    public static final EngagementCounts NONE = new EngagementCounts(0, 0);
}
