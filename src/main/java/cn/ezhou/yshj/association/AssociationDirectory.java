package cn.ezhou.yshj.association;

import cn.ezhou.yshj.association.internal.Association;
import cn.ezhou.yshj.association.internal.AssociationRepository;
import cn.ezhou.yshj.association.internal.Liaison;
import cn.ezhou.yshj.association.internal.LiaisonRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side lookups for other modules: which association an account speaks for, and who the
 * liaisons of an audience are. Carries no permission check; the calling service decides.
 */
@Component
@Transactional
public class AssociationDirectory {

    private final AssociationRepository associations;
    private final LiaisonRepository liaisons;
    private final AccountDirectory accounts;

    AssociationDirectory(AssociationRepository associations, LiaisonRepository liaisons, AccountDirectory accounts) {
        this.associations = associations;
        this.liaisons = liaisons;
        this.accounts = accounts;
    }

    /** The active association the account is a liaison of; an accepted invitation binds it on first use. */
    public Optional<Membership> membershipOf(String username) {
        List<Liaison> bound = liaisons.findByUsername(username);
        if (bound.isEmpty()) {
            bound = accounts.invitationCodeOf(username).map(liaisons::findByInvitationCode).orElse(List.of());
            bound.forEach(l -> l.activate(username));
        }
        return bound.stream().map(l -> associations.findById(l.getAssociationId())).flatMap(Optional::stream)
                .filter(Association::isActive).findFirst()
                .map(a -> new Membership(a.getId(), a.getName(), a.getTags(), a.getMemberCount()));
    }

    /** Active associations carrying any of the tags, plus the named ones that are active. */
    @Transactional(readOnly = true)
    public Set<Long> audience(Collection<String> tags, Collection<Long> named) {
        Set<Long> ids = new HashSet<>();
        if (!tags.isEmpty()) {
            ids.addAll(associations.activeIdsWithAnyTag(tags));
        }
        if (!named.isEmpty()) {
            ids.addAll(associations.activeAmong(named));
        }
        return ids;
    }

    /** The activated liaison accounts of each association (pending invitations resolved on the way). */
    public Map<Long, List<String>> liaisonAccounts(Collection<Long> associationIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        if (associationIds.isEmpty()) {
            return result;
        }
        List<Liaison> all = liaisons.findByAssociationIdIn(associationIds);
        List<String> pending = all.stream().filter(l -> l.getUsername() == null && l.getInvitationCode() != null)
                .map(Liaison::getInvitationCode).toList();
        Map<String, String> accepted = pending.isEmpty() ? Map.of() : accounts.usernamesForInvitations(pending);
        for (Liaison l : all) {
            if (l.getUsername() == null && accepted.containsKey(l.getInvitationCode())) {
                l.activate(accepted.get(l.getInvitationCode()));
            }
            if (l.getUsername() != null) {
                result.computeIfAbsent(l.getAssociationId(), k -> new ArrayList<>()).add(l.getUsername());
            }
        }
        return result;
    }

    /** The liaison accounts of every active association: the associations a city-wide survey or briefing reaches. */
    public Map<Long, List<String>> activeLiaisonAccounts() {
        return liaisonAccounts(associations.activeIds());
    }

    /** Names of associations by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            associations.findByIdIn(ids).forEach(a -> names.put(a.getId(), a.getName()));
        }
        return names;
    }
}
