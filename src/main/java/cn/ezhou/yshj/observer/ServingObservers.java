package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.ObserverStanding;
import cn.ezhou.yshj.observer.internal.Observer;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link ObserverStanding} from the observer record the account was activated for. */
@Component
@Transactional(readOnly = true)
class ServingObservers implements ObserverStanding {

    /** The states an account can be in after its appointment, other than serving. */
    private static final Set<ObserverState> ENDED_OR_PAUSED =
            EnumSet.of(ObserverState.SUSPENDED, ObserverState.EXPIRED, ObserverState.DISMISSED);

    private final ObserverRepository observers;
    private final AccountDirectory accounts;

    ServingObservers(ObserverRepository observers, AccountDirectory accounts) {
        this.observers = observers;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> notServing(String username) {
        return accounts.invitationCodeOf(username).flatMap(observers::findByInvitationCode)
                .map(Observer::getState).filter(s -> s != ObserverState.APPOINTED).map(Enum::name);
    }

    @Override
    public Set<String> notServingAccounts() {
        return new HashSet<>(accounts.usernamesForInvitations(observers.findByStateInAndInvitationCodeNotNull(ENDED_OR_PAUSED)
                .stream().map(Observer::getInvitationCode).toList()).values());
    }
}
