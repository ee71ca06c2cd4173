package cn.ezhou.yshj.directory.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitCommand;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Create a unit (under the selected one) or change one. */
class OrgUnitDialog extends Dialog {

    OrgUnitDialog(DirectoryService directory, OrgUnitRecord existing, OrgUnitRecord parent, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "directory.add" : "directory.edit"));
        TextField code = new TextField(getTranslation("directory.code"));
        code.setHelperText(getTranslation("directory.codeHelp"));
        TextField parentCode = new TextField(getTranslation("directory.parent"));
        ComboBox<OrgUnitKind> kind = new ComboBox<>(getTranslation("directory.kind"));
        kind.setItems(OrgUnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("orgKind." + k));
        TextField nameZh = new TextField(getTranslation("directory.nameZh"));
        TextField nameEn = new TextField(getTranslation("directory.nameEn"));
        IntegerField sort = new IntegerField(getTranslation("directory.sort"));
        Checkbox active = new Checkbox(getTranslation("directory.active"), true);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            parentCode.setValue(existing.parentCode() == null ? "" : existing.parentCode());
            kind.setValue(existing.kind());
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            sort.setValue(existing.sort());
            active.setValue(existing.active());
        } else {
            parentCode.setValue(parent == null ? "" : parent.code());
            kind.setValue(OrgUnitKind.DEPARTMENT);
            sort.setValue(100);
        }
        add(new FormLayout(code, parentCode, kind, nameZh, nameEn, sort, active));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Errors.attempt(this, () -> directory.save(new OrgUnitCommand(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), code.getValue().strip().toUpperCase(),
                    parentCode.getValue(), kind.getValue(), nameZh.getValue(), nameEn.getValue(),
                    sort.getValue() == null ? 0 : sort.getValue(), active.getValue())))) {
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("org-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
