package cn.ezhou.yshj.submission;

/** Working days for a code: SUGGESTION, COMPLAINT, LEAD, URGENT, or WARNING (the lead time of the 黄灯). */
public record DeadlineRuleRecord(String code, long version, int workingDays) {
}
