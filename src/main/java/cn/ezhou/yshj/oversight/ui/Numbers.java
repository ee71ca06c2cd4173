package cn.ezhou.yshj.oversight.ui;

import java.util.Locale;

/** Rates as 87.5%, days and scores with one decimal; "—" where there is nothing to measure. */
final class Numbers {

    static final String NONE = "—";

    private Numbers() {
    }

    static String percent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String decimal(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share as a percentage number for a chart (one decimal), null stays null. */
    static Double chartPercent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}
