/**
 * Submissions and routing (诉求流转, plan items 9, 10 and 24): suggestions, complaints and leads
 * from observers, associations and the other channels, triaged by the office, handled by a lead
 * department with co-departments against a working-day deadline, replies reviewed by the office,
 * closed when the submitter is satisfied, and overdue items supervised.
 */
@ApplicationModule(displayName = "Submissions and routing")
package cn.ezhou.yshj.submission;

import org.springframework.modulith.ApplicationModule;
