package cn.ezhou.yshj.engagement;

import java.time.Instant;

/** A person signed up for an activity, for the office's attendance list; attendance null until taken. */
public record SignupRecord(long id, long version, String username, String displayName, Instant signedUpAt,
                           Attendance attendance) {
}
