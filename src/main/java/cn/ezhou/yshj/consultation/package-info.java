/**
 * Draft-policy consultations with chambers, associations and observers (plan item 23; 《优化营商环境
 * 条例》 art. 62): the draft split into articles, comments per article within the window, a reasoned
 * answer to every comment, the published feedback report 意见采纳情况, and the issued policy with its
 * article-level changes, pushed to its audience with read receipts and relay confirmations.
 */
@ApplicationModule(displayName = "Consultations and policies")
package cn.ezhou.yshj.consultation;

import org.springframework.modulith.ApplicationModule;
