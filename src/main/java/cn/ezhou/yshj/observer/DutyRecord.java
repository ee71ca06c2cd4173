package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.submission.SubmitterCounts;

/**
 * An observer's duty record (履职档案) as far as submissions tell it: the figures of the current term
 * and of the current quarter, and whether the quarterly minimum of suggestions is met.
 */
public record DutyRecord(SubmitterCounts term, Quarter quarter, SubmitterCounts quarterCounts, int quarterlyMinimum) {

    public boolean obligationMet() {
        return quarterCounts.submitted() >= quarterlyMinimum;
    }
}
