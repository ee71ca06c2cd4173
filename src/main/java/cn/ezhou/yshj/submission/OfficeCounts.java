package cn.ezhou.yshj.submission;

/**
 * What waits for the office among the items: new ones to triage, items a department returned,
 * extension requests, replies to review, and running deadlines that are due soon (黄灯, within the
 * warning lead time) or overdue (红灯). Each figure is what the office's inbox or supervision list
 * shows under the matching filter; {@code triageLate}: of the items to triage, how many have waited
 * longer than the one working day the office has for them.
 */
public record OfficeCounts(long triage, long returned, long extensionRequests, long repliesToReview, long dueSoon,
                           long overdue, long triageLate) {
}
