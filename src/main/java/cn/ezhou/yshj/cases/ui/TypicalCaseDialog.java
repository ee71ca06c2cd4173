package cn.ezhou.yshj.cases.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Mark a closed item as a typical case, with the anonymised summary the public will read. */
class TypicalCaseDialog extends Dialog {

    TypicalCaseDialog(TypicalCaseService cases, TypicalCaseRecord existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "cases.add" : "cases.edit"));
        setWidth("min(40rem, 95vw)");
        TextField reference = new TextField(getTranslation("cases.reference"));
        reference.setHelperText(getTranslation("cases.reference.help"));
        reference.setId("case-reference");
        RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>(getTranslation("cases.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("cases.kind." + k));
        kind.setId("case-kind");
        TextField title = new TextField(getTranslation("cases.title"));
        LimitedText.apply(title, 200);
        title.setId("case-title");
        TextArea summary = new TextArea(getTranslation("cases.summary"));
        LimitedText.apply(summary, 4000);
        summary.setHelperText(getTranslation("cases.summary.help"));
        summary.setId("case-summary");
        if (existing != null) {
            reference.setValue(existing.reference());
            reference.setReadOnly(true);
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            summary.setValue(existing.summary());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            TypicalCaseCommand command = new TypicalCaseCommand(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), reference.getValue(), kind.getValue(), title.getValue(),
                    summary.getValue());
            if (Errors.attempt(this, () -> cases.save(command))) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("case-save");
        FormLayout form = new FormLayout(reference, kind, title, summary);
        form.setColspan(summary, 2);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
