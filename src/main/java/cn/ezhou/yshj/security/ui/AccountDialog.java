package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.AccountSummary;
import cn.ezhou.yshj.security.AccountUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;

/** An administrator edits an account's roles, unit and status, or unlocks it. */
class AccountDialog extends Dialog {

    AccountDialog(AccountService accounts, DirectoryService directory, AccountSummary account, Runnable onSaved) {
        setHeaderTitle(account.displayName() + " (" + account.username() + ")");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setValue(account.roles());
        List<OrgUnitRecord> units = directory.activeUnits(OrgUnitKind.OFFICE, OrgUnitKind.OFFICE_GROUP,
                OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE);
        ComboBox<OrgUnitRecord> unit = new ComboBox<>(getTranslation("account.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        units.stream().filter(u -> u.code().equals(account.orgUnitCode())).findFirst().ifPresent(unit::setValue);
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), account.enabled());
        add(new FormLayout(roles, unit, enabled));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Errors.attempt(this, () -> accounts.update(new AccountUpdate(account.id(), account.version(),
                    roles.getValue(), unit.getValue() == null ? null : unit.getValue().code(), enabled.getValue())))) {
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unlock = new Button(getTranslation("users.unlock"), e -> {
            if (Errors.attempt(this, () -> accounts.unlock(account.id()))) {
                onSaved.run();
                close();
            }
        });
        unlock.setVisible(account.locked());
        getFooter().add(unlock, new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
