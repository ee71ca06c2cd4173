/**
 * Answer templates: a department keeps reusable texts for its replies to items and its answers to
 * consultation comments, each for a kind of result, and inserts one into the text it is writing.
 * A template belongs to the department's unit, so every account of the unit shares it and no other
 * unit sees it.
 */
@ApplicationModule(displayName = "Answer templates")
package cn.ezhou.yshj.templates;

import org.springframework.modulith.ApplicationModule;
