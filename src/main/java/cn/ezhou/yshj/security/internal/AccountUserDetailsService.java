package cn.ezhou.yshj.security.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local login: an account with a password, not disabled, not locked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = UsernameRule.normalise(username);
        // A name no account can have (e.g. longer than the column) is a wrong log-in, not a query.
        UserAccount account = (UsernameRule.fits(name) ? accounts.findByUsername(name) : Optional.<UserAccount>empty())
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account " + UsernameRule.forRecord(username)));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.roleSet().toArray(String[]::new))
                .disabled(!account.isEnabled())
                .accountLocked(account.isLocked(clock.instant()))
                .build();
    }
}
