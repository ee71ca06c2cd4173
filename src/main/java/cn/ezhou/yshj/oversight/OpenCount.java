package cn.ezhou.yshj.oversight;

/**
 * Open items (submitted, not yet closed, rejected or merged) of a state or department as of the
 * last rebuild, with those overdue and due soon among them ({@code key} is a state name or a unit
 * code, {@code ""} for items not yet assigned).
 */
public record OpenCount(String key, long items, long overdue, long dueSoon) {
}
