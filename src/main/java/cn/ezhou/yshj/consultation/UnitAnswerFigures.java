package cn.ezhou.yshj.consultation;

/**
 * A drafting unit's answers to consultation comments for a period: comments whose answer deadline
 * fell in the period (withdrawn ones not counted), and those answered on or before that day.
 */
public record UnitAnswerFigures(String unitCode, long due, long onTime) {
}
