package cn.ezhou.yshj.engagement;

/** What the office recorded for a signed-up person after the activity started. */
public enum Attendance {
    PRESENT, ABSENT
}
