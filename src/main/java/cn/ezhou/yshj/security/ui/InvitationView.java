package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import cn.ezhou.yshj.security.internal.InvitationOidcUserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Where an invited person activates the account: a local password, or the city's identity provider. */
@Route(value = "invite/:code", autoLayout = false)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final boolean oidcEnabled;
    private final String registrationId;

    InvitationView(AccountService accounts, ObjectProvider<ClientRegistrationRepository> clients,
                   @Value("${portal.oidc.registration-id:city}") String registrationId) {
        this.accounts = accounts;
        this.oidcEnabled = clients.getIfAvailable() != null;
        this.registrationId = registrationId;
        addClassName("invitation-view");
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        add(new H1(getTranslation("invitation.title")));
        accounts.openInvitation(code).ifPresentOrElse(i -> showForm(code, i), () -> {
            add(new Paragraph(getTranslation("invitation.invalid")), new Anchor("", getTranslation("login.backHome")));
        });
    }

    private void showForm(String code, InvitationSummary invitation) {
        String roles = invitation.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、"));
        add(new Paragraph(getTranslation("invitation.for", invitation.displayName(), roles)));
        TextField username = new TextField(getTranslation("invitation.username"));
        username.setHelperText(getTranslation("invitation.usernameHelp"));
        username.setRequired(true);
        PasswordField password = new PasswordField(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("account.passwordHelp"));
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        Button activate = new Button(getTranslation("invitation.activate"));
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.error.passwordsDiffer"));
                return;
            }
            if (Errors.attempt(this, () -> accounts.acceptWithPassword(code, username.getValue(), password.getValue()))) {
                removeAll();
                add(new H1(getTranslation("invitation.done")), new Anchor("login", getTranslation("landing.login")));
            }
        });
        FormLayout form = new FormLayout(username, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, activate);
        if (oidcEnabled) {
            Button oidc = new Button(getTranslation("invitation.useOidc"), e -> {
                VaadinSession.getCurrent().getSession().setAttribute(InvitationOidcUserService.INVITATION_ATTRIBUTE, code);
                getUI().ifPresent(ui -> ui.getPage().setLocation("oauth2/authorization/" + registrationId));
            });
            oidc.setId("invitation-oidc");
            add(new Paragraph(getTranslation("invitation.or")), oidc);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
