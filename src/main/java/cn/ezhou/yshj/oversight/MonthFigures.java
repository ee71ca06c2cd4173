package cn.ezhou.yshj.oversight;

import java.time.YearMonth;

/** The figures of the items due in one month of the period (the period's own days only). */
public record MonthFigures(YearMonth month, Figures figures) {
}
