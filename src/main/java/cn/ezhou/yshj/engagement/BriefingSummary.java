package cn.ezhou.yshj.engagement;

import java.time.Instant;

/**
 * A briefing in a list. For a recipient, {@code readAt} is its own read receipt (null = unread); for the
 * office, {@code recipients} and {@code read} count everyone it reached (0 for a recipient's list).
 * {@code confidential}: marked 保密 by the office (内部资料 注意保密).
 */
public record BriefingSummary(long id, String title, Instant publishedAt, boolean toObservers, boolean toAssociations,
                              Instant readAt, long recipients, long read, boolean confidential) {
}
