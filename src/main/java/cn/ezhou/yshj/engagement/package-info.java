/**
 * Engagement of observers and associations (plan items 12 and 24): half-yearly satisfaction rounds
 * 满意度测评 in which they rate the departments, briefings 通报/资料 with read receipts, and activities
 * (座谈会, 明察暗访, 培训) with sign-up, capacity and attendance. The office may mark a briefing or an
 * activity 保密 (内部资料 注意保密); each opening of such a one by a recipient is recorded for the office.
 * Attendance and ratings given feed the observer's duty record through
 * {@link cn.ezhou.yshj.engagement.EngagementStatistics}; round results feed the oversight figures
 * through {@link cn.ezhou.yshj.engagement.SatisfactionFigures}.
 */
@ApplicationModule(displayName = "Surveys, briefings and activities")
package cn.ezhou.yshj.engagement;

import org.springframework.modulith.ApplicationModule;
