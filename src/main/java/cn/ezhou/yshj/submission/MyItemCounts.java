package cn.ezhou.yshj.submission;

/**
 * A submitter's own items: unsent drafts, answered items (the reply is there to read and rate; one
 * rated 不满意 stays here until the office decides), and the items submitted in a period asked for
 * (0 when no period was asked for). Each list figure is what the own list shows under that state.
 */
public record MyItemCounts(long drafts, long answered, long submittedInPeriod) {
}
