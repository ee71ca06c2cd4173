package cn.ezhou.yshj.engagement;

/**
 * For an observer or an association liaison: open satisfaction rounds with departments still to
 * rate, briefings delivered and not yet read, and activities addressed to them that are still open
 * for sign-up, have a place left and are not yet signed up for. Each figure is what the matching
 * list shows under its filter.
 */
public record MyEngagementCounts(long roundsToRate, long unreadBriefings, long activitiesOpen) {
}
