package cn.ezhou.yshj.base;

import java.util.Locale;
import java.util.Optional;

/** Where the logged-in user's language choice is kept, so it follows the user to any device. */
public interface LocalePreference {

    Optional<Locale> preferredLocale();

    void savePreferredLocale(Locale locale);
}
