package cn.ezhou.yshj.templates.ui;

import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.TemplateUse;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Inserts one of the unit's templates into an answer's text: into an empty field as it is, after
 * what is already written otherwise; a text that grows past the field's limit is marked there, not
 * cut (decision 0018). Offers the templates that suit
 * the result chosen so far; hidden when the unit has none for this form.
 */
public class TemplatePicker extends ComboBox<AnswerTemplate> {

    private final List<AnswerTemplate> templates;

    public TemplatePicker(List<AnswerTemplate> templates, TextArea target) {
        super();
        this.templates = templates;
        setLabel(getTranslation("templates.insert"));
        setClearButtonVisible(true);
        setItemLabelGenerator(t -> t.result() == null ? t.title()
                : t.title() + "（" + getTranslation(resultKey(t.use(), t.result())) + "）");
        setVisible(!templates.isEmpty());
        showFor(null);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                target.setValue(joined(target.getValue(), e.getValue().text()));
                clear();
            }
        });
    }

    /** Offers only the templates meant for this result (or for any). */
    public void showFor(String result) {
        setItems(templates.stream().filter(t -> t.suits(result)).toList());
    }

    static String joined(String written, String template) {
        return written == null || written.isBlank() ? template : written.stripTrailing() + "\n" + template;
    }

    /** The translation key of a result's name: the submission's result types, the consultation's outcomes. */
    static String resultKey(TemplateUse use, String result) {
        return switch (use) {
            case ITEM_REPLY -> "submission.result." + result;
            case CONSULTATION_ANSWER -> "consultation.outcome." + result;
        };
    }
}
