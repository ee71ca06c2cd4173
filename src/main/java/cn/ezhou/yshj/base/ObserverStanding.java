package cn.ezhou.yshj.base;

import java.util.Optional;
import java.util.Set;

/**
 * Whether the observer behind an account serves now. It lives here because the modules an observer
 * acts in (submissions, consultations, engagement) are below the observer module, which answers it.
 */
public interface ObserverStanding {

    /**
     * The state of the observer record behind this account when it does not serve now (e.g.
     * {@code SUSPENDED}); empty when it serves or when no observer record is behind the account.
     */
    Optional<String> notServing(String username);

    /** Every account whose observer record says it does not serve now. */
    Set<String> notServingAccounts();
}
