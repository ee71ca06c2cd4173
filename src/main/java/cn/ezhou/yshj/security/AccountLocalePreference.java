package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.LocalePreference;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Keeps a logged-in user's language on the account; anonymous visitors have only the browser cookie. */
@Component
class AccountLocalePreference implements LocalePreference {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountLocalePreference(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
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

    private boolean loggedIn() {
        return currentUser.isLoggedIn();
    }
}
