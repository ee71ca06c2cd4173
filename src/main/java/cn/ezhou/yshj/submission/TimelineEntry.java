package cn.ezhou.yshj.submission;

import java.time.Instant;

/** One transition on an item's timeline: who (pseudonymised for departments), in which role, when, what. */
public record TimelineEntry(long id, Instant at, String actor, String actorRole, String action,
                            SubmissionState from, SubmissionState to, String detail) {
}
