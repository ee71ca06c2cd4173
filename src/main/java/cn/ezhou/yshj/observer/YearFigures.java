package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.engagement.EngagementCounts;
import cn.ezhou.yshj.submission.SubmitterCounts;

/** An observer's duty figures for a calendar year, shown where the office grades the year. */
public record YearFigures(SubmitterCounts submissions, EngagementCounts engagement) {
}
