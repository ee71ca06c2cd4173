package cn.ezhou.yshj.directory.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.ReferenceEntryCommand;
import cn.ezhou.yshj.directory.ReferenceEntryRecord;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.directory.ReferenceListService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Create an industry tag or change one; a tag is deactivated rather than deleted (its code stays in use). */
class IndustryTagDialog extends Dialog {

    IndustryTagDialog(ReferenceListService lists, ReferenceEntryRecord existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "reference.add" : "directory.edit"));
        TextField code = new TextField(getTranslation("directory.code"));
        code.setId("tag-code");
        code.setHelperText(getTranslation("reference.codeHelp"));
        TextField nameZh = new TextField(getTranslation("directory.nameZh"));
        nameZh.setId("tag-name-zh");
        TextField nameEn = new TextField(getTranslation("directory.nameEn"));
        nameEn.setId("tag-name-en");
        IntegerField sort = new IntegerField(getTranslation("directory.sort"));
        Checkbox active = new Checkbox(getTranslation("directory.active"), true);
        active.setId("tag-active");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            sort.setValue(existing.sort());
            active.setValue(existing.active());
        } else {
            sort.setValue(100);
        }
        add(new FormLayout(code, nameZh, nameEn, sort, active));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Errors.attempt(this, () -> lists.save(new ReferenceEntryCommand(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), ReferenceList.INDUSTRY_TAG,
                    code.getValue().strip().toUpperCase(), nameZh.getValue(), nameEn.getValue(),
                    sort.getValue() == null ? 0 : sort.getValue(), active.getValue())))) {
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tag-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
