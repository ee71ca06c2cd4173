package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.engagement.EngagementCounts;
import cn.ezhou.yshj.submission.SubmitterCounts;

/**
 * An observer's duty figures for a calendar year, shown where the office grades the year: the year's
 * counts, the quarters of the term that count (see {@link GradeRule}) and how many met the minimum,
 * and the grade they suggest (null when none counts yet).
 */
public record YearFigures(SubmitterCounts submissions, EngagementCounts engagement, int quartersCounted,
                          int quartersMet, EvaluationGrade suggestedGrade) {

    static YearFigures of(SubmitterCounts submissions, EngagementCounts engagement, int quartersCounted,
                          int quartersMet) {
        return new YearFigures(submissions, engagement, quartersCounted, quartersMet, GradeRule.suggest(quartersCounted,
                quartersMet, submissions.adopted(), engagement.activitiesAttended()));
    }
}
