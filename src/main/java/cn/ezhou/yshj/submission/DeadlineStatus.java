package cn.ezhou.yshj.submission;

/** Traffic light of a running deadline: on time, due soon (黄灯), overdue (红灯); NONE when no reply is owed. */
public enum DeadlineStatus {
    NONE, ON_TIME, DUE_SOON, OVERDUE
}
