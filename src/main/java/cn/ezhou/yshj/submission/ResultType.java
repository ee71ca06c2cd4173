package cn.ezhou.yshj.submission;

/** The result a department states in its reply: 已解决 / 正在解决 / 列入计划 / 解释说明. */
public enum ResultType {
    RESOLVED, IN_PROGRESS, PLANNED, EXPLAINED
}
