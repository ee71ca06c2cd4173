package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.LocalePreference;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Chooses each new UI's language: the logged-in user's saved choice, else the language cookie,
 * else Chinese. The browser's own language is deliberately not used (zh-CN is the default).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    private final ObjectProvider<LocalePreference> preferences;

    LocaleInitializer(ObjectProvider<LocalePreference> preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            Locale locale = Optional.ofNullable(preferences.getIfAvailable())
                    .flatMap(LocalePreference::preferredLocale)
                    .or(() -> fromCookie(VaadinRequest.getCurrent()))
                    .orElse(PortalTranslations.CHINESE);
            ui.getUI().setLocale(PortalTranslations.supported(locale));
        });
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .findFirst();
    }
}
