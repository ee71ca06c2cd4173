package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.MenuPreference;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a logged-in user's folded menu sections on the account (docs/decisions/0025): only the
 * user's own, only names of the shape of a section, and no more than the column holds.
 */
@Component
class AccountMenuPreference implements MenuPreference {

    static final int MAX_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[a-z]{1,32}");

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccountMenuPreference(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> collapsedSections() {
        return currentUser.username().flatMap(accounts::findByUsername)
                .map(a -> a.getCollapsedMenu() == null ? Set.<String>of()
                        : Arrays.stream(a.getCollapsedMenu().split(",")).filter(s -> NAME.matcher(s).matches())
                        .collect(Collectors.toCollection(TreeSet::new)))
                .orElse(Set.of());
    }

    @Override
    @Transactional
    public void saveCollapsedSections(Set<String> sections) {
        String joined = sections.stream().filter(s -> NAME.matcher(s).matches()).sorted()
                .collect(Collectors.joining(","));
        if (joined.length() > MAX_LENGTH) {
            return;
        }
        currentUser.username().flatMap(accounts::findByUsername)
                .ifPresent(a -> a.setCollapsedMenu(joined.isEmpty() ? null : joined));
    }
}
