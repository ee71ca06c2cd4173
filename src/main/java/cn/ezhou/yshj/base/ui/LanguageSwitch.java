package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.LocalePreference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** One button that switches between 中文 and English, remembered in a cookie and on the account. */
public class LanguageSwitch extends Button {

    public LanguageSwitch(LocalePreference preference) {
        setIcon(VaadinIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(e -> {
            Locale next = PortalTranslations.ENGLISH.equals(UI.getCurrent().getLocale())
                    ? PortalTranslations.CHINESE : PortalTranslations.ENGLISH;
            remember(next);
            if (preference != null) {
                preference.savePreferredLocale(next);
            }
            UI.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        boolean english = PortalTranslations.ENGLISH.equals(event.getUI().getLocale());
        setText(english ? "中文" : "English");
        getElement().setAttribute("lang", english ? "zh-CN" : "en");
        setAriaLabel(getTranslation("layout.switchLanguage"));
    }

    private static void remember(Locale locale) {
        Cookie cookie = new Cookie(LocaleInitializer.COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
    }
}
