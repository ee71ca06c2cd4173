package cn.ezhou.yshj.submission;

import java.util.List;

/**
 * A found item as its viewer may see it, with the passages that matched: each passage is text
 * with the matched words marked as {@link cn.ezhou.yshj.base.MarkedWords} says.
 */
public record ItemHit(SubmissionSummary item, String title, List<String> passages) {
}
