package cn.ezhou.yshj.engagement;

import java.time.Instant;

/**
 * An activity as lists show it, with how many signed up; {@code signedUpByMe} tells a recipient whether
 * it holds a place; {@code confidential}: marked 保密 by the office (内部资料 注意保密).
 */
public record ActivitySummary(long id, ActivityKind kind, String title, Instant startsAt, String place, int capacity,
                              Instant signupDeadline, long signedUp, boolean signedUpByMe, boolean confidential) {
}
