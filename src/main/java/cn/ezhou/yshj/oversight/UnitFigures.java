package cn.ezhou.yshj.oversight;

/** A lead department's figures for the items due in the period. */
public record UnitFigures(String unitCode, Figures figures) {
}
