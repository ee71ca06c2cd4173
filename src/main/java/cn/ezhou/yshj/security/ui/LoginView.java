package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.LocalePreference;
import cn.ezhou.yshj.base.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Log-in page: local account form, and the city's identity provider when one is configured. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<ClientRegistrationRepository> clients, ObjectProvider<LocalePreference> preference,
              @Value("${portal.oidc.registration-id:city}") String registrationId) {
        addClassName("login-view");
        LanguageSwitch language = new LanguageSwitch(preference.getIfAvailable());
        add(language);
        setHorizontalComponentAlignment(Alignment.END, language);
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Anchor home = new Anchor("", getTranslation("login.backHome"));
        add(new H1(getTranslation("app.name")), form);
        if (clients.getIfAvailable() != null) {
            Anchor oidc = new Anchor("oauth2/authorization/" + registrationId, getTranslation("login.oidc"));
            oidc.setRouterIgnore(true);
            oidc.setId("login-oidc");
            oidc.addClassName("login-oidc");
            add(oidc);
        }
        add(new Div(home));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        // One answer for a wrong password, an unknown name and a locked account: which one it was
        // would tell a stranger that the account exists.
        i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.refused.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
