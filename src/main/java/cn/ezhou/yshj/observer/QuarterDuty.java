package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.submission.MyItemCounts;

/**
 * An observer's standing this quarter: the suggestions submitted in it against the minimum
 * ({@code portal.observers.quarterly-minimum}), with the observer's own items to look at.
 */
public record QuarterDuty(Quarter quarter, int minimum, MyItemCounts items) {

    public long submitted() {
        return items.submittedInPeriod();
    }

    public boolean met() {
        return submitted() >= minimum;
    }
}
