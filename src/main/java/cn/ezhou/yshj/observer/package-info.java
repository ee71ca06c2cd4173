/**
 * The observer corps (营商环境观察员, plan item 24): applications and nominations, review,
 * publicity with objections, appointment with certificate numbers, suspension, dismissal,
 * renewal and expiry, and the duty record (履职档案) with the quarterly obligation and the term-end
 * reminders. Every state change lands on the observer's history and in the audit trail.
 */
@ApplicationModule(displayName = "Observer corps")
package cn.ezhou.yshj.observer;

import org.springframework.modulith.ApplicationModule;
