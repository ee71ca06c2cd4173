package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.engagement.EngagementCounts;
import cn.ezhou.yshj.submission.SubmitterCounts;

/**
 * An observer's duty record (履职档案): the submission figures and the engagement figures (activities
 * attended, satisfaction rounds rated) of the current term and of the current quarter, and whether the
 * quarterly minimum of suggestions is met.
 */
public record DutyRecord(SubmitterCounts term, Quarter quarter, SubmitterCounts quarterCounts, int quarterlyMinimum,
                         EngagementCounts termEngagement, EngagementCounts quarterEngagement) {

    public boolean obligationMet() {
        return quarterCounts.submitted() >= quarterlyMinimum;
    }
}
