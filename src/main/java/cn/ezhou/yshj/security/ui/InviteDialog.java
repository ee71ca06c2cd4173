package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InviteCommand;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

/** Invite a person: name, e-mail, roles and (for department users) the unit; then show the link to send. */
class InviteDialog extends Dialog {

    InviteDialog(AccountService accounts, DirectoryService directory, Runnable onInvited) {
        setHeaderTitle(getTranslation("users.invite"));
        TextField name = new TextField(getTranslation("users.name"));
        name.setRequired(true);
        EmailField email = new EmailField(getTranslation("users.email"));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<OrgUnitRecord> unit = new ComboBox<>(getTranslation("account.unit"));
        unit.setItems(directory.activeUnits(OrgUnitKind.OFFICE, OrgUnitKind.OFFICE_GROUP, OrgUnitKind.DEPARTMENT,
                OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        FormLayout form = new FormLayout(name, email, roles, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button send = new Button(getTranslation("users.createInvitation"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> Errors.attempt(this, () -> {
            var invitation = accounts.invite(new InviteCommand(name.getValue(), email.getValue(), roles.getValue(),
                    unit.getValue() == null ? null : unit.getValue().code()));
            onInvited.run();
            removeAll();
            getFooter().removeAll();
            TextField link = new TextField(getTranslation("users.invitationLink"));
            link.setValue(baseUrl() + "invite/" + invitation.code());
            link.setReadOnly(true);
            link.setWidthFull();
            link.setId("invitation-link");
            add(new Paragraph(getTranslation("users.invitationCreated")), link);
            getFooter().add(new Button(getTranslation("common.close"), ev -> close()));
        }));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        return request.getHeader("Origin") != null ? request.getHeader("Origin") + request.getContextPath() + "/"
                : request.getContextPath() + "/";
    }
}
