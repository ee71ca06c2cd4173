package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.association.AssociationDirectory;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Resolves the current {@link Participant} and the people an audience reaches; the only place reading roles here. */
@Component
public class Participants {

    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final AssociationDirectory associations;
    private final ObserverRights rights;

    Participants(CurrentUser currentUser, AccountDirectory accounts, AssociationDirectory associations,
                 ObserverRights rights) {
        this.rights = rights;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.associations = associations;
    }

    public Participant current() {
        String username = currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
        String unit = currentUser.hasRole(AppRoles.DEPARTMENT)
                ? accounts.contact(username).map(AccountContact::orgUnitCode).orElse(null) : null;
        return new Participant(username, currentUser.hasRole(AppRoles.OFFICE), unit,
                currentUser.hasRole(AppRoles.OBSERVER),
                currentUser.hasRole(AppRoles.ASSOCIATION) ? associations.membershipOf(username) : Optional.empty());
    }

    public String displayName(String username) {
        return accounts.contact(username).map(AccountContact::displayName).orElse(username);
    }

    /** Enabled observer accounts of observers who serve now (not suspended, expired or dismissed). */
    public List<String> observers() {
        return rights.serving(accounts.usernamesWithRole(AppRoles.OBSERVER));
    }

    /** Liaison accounts of every active association that has at least one, by association. */
    public Map<Long, List<String>> associationLiaisons() {
        return associations.activeLiaisonAccounts();
    }

    /** Username → association id (null for an observer) of everyone an audience reaches. */
    public Map<String, Long> audience(boolean toObservers, boolean toAssociations) {
        Map<String, Long> people = new LinkedHashMap<>();
        if (toObservers) {
            observers().forEach(u -> people.put(u, null));
        }
        if (toAssociations) {
            associationLiaisons().forEach((id, names) -> names.forEach(u -> people.put(u, id)));
        }
        return people;
    }

    public Set<String> office() {
        return new LinkedHashSet<>(accounts.usernamesWithRole(AppRoles.OFFICE));
    }

    public Map<Long, String> associationNames(Set<Long> ids) {
        return associations.names(ids);
    }
}
