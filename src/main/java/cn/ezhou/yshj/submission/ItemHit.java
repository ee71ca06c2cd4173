package cn.ezhou.yshj.submission;

import java.util.List;

/**
 * A found item as its viewer may see it, with the passages that matched: each passage is text
 * with the matched words between {@link #MARK_START} and {@link #MARK_END} (characters no typed
 * text contains), for the screen to show as marks without reading any of it as markup.
 */
public record ItemHit(SubmissionSummary item, String title, List<String> passages) {

    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';
}
