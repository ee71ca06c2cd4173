/**
 * The workbench (工作台): a logged-in person's home page with their own work counted and one click
 * away — the office's triage, reviews, requests and deadlines; a department's items to sign, answer
 * and comment on; an observer's or association's answers, duty, rounds, briefings, activities,
 * consultations and policies. It composes the counts each module gives for the caller's role (one
 * statement per module) and links each figure to the module's list, filtered in its address.
 */
@ApplicationModule(displayName = "Workbench")
package cn.ezhou.yshj.workbench;

import org.springframework.modulith.ApplicationModule;
