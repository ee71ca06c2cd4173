package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.LocalePreference;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Keeps a logged-in user's language on the account; anonymous visitors have only the browser cookie. */
@Component
class AccountLocalePreference implements LocalePreference {

    private final AccountService accounts;

    AccountLocalePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return loggedIn() ? accounts.preferredLocale() : Optional.empty();
    }

    @Override
    public void savePreferredLocale(Locale locale) {
        if (loggedIn()) {
            accounts.savePreferredLocale(locale);
        }
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
