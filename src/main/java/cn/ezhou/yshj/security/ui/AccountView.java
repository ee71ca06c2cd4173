package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The user's own account: who the portal thinks you are, and a password change. */
@Route(value = "account", layout = MainLayout.class)
@Menu(title = "nav.account", order = 90, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    AccountView(AccountService accounts, DirectoryService directory) {
        addClassName("account-view");
        setMaxWidth("40rem");
        accounts.current().ifPresent(a -> add(profile(a, directory)));
        if (accounts.current().map(AccountSummary::hasPassword).orElse(false)) {
            add(passwordForm(accounts));
        }
    }

    private VerticalLayout profile(AccountSummary a, DirectoryService directory) {
        String roles = a.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、"));
        String unit = a.orgUnitCode() == null ? "—" : directory.orgUnit(a.orgUnitCode())
                .map(u -> u.name(getLocale())).orElse(a.orgUnitCode());
        VerticalLayout box = new VerticalLayout(new H2(a.displayName()),
                new Paragraph(getTranslation("account.username") + "：" + a.username()),
                new Paragraph(getTranslation("account.roles") + "：" + roles),
                new Paragraph(getTranslation("account.unit") + "：" + unit));
        box.setPadding(false);
        return box;
    }

    private VerticalLayout passwordForm(AccountService accounts) {
        PasswordField current = new PasswordField(getTranslation("account.currentPassword"));
        PasswordField next = new PasswordField(getTranslation("account.newPassword"));
        next.setHelperText(getTranslation("account.passwordHelp"));
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        Button save = new Button(getTranslation("account.changePassword"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.error.passwordsDiffer"));
                return;
            }
            repeat.setInvalid(false);
            if (Errors.attempt(this, () -> accounts.changePassword(current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                Errors.success(this, "account.passwordChanged");
            }
        });
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("account.changePassword")), form, save);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
