package cn.ezhou.yshj.templates;

/** What a department writes into a template; the length limits are in {@link AnswerTemplates}. */
public record TemplateCommand(TemplateUse use, String result, String title, String text) {
}
