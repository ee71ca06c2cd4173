package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.association.AssociationDirectory;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Resolves the current {@link Viewer}; the only place that reads roles for this module. */
@Component
public class Viewers {

    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final AssociationDirectory associations;
    private final DirectoryService directory;

    Viewers(CurrentUser currentUser, AccountDirectory accounts, AssociationDirectory associations,
            DirectoryService directory) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.associations = associations;
    }

    public Viewer current() {
        Optional<String> username = currentUser.username();
        if (username.isEmpty()) {
            return new Viewer(null, false, null, Optional.empty(), false, Set.of());
        }
        String unit = currentUser.hasRole(AppRoles.DEPARTMENT)
                ? accounts.contact(username.get()).map(AccountContact::orgUnitCode).orElse(null) : null;
        boolean office = currentUser.hasRole(AppRoles.OFFICE);
        Set<String> officeUnits = office ? directory.activeUnits(OrgUnitKind.OFFICE, OrgUnitKind.OFFICE_GROUP).stream()
                .map(OrgUnitRecord::code).collect(Collectors.toSet()) : Set.of();
        return new Viewer(username.get(), office, unit,
                currentUser.hasRole(AppRoles.ASSOCIATION) ? associations.membershipOf(username.get()) : Optional.empty(),
                currentUser.hasRole(AppRoles.OBSERVER), officeUnits);
    }

    /** The viewer's association's industry tags for an audience query; never empty, as {@code in ()} is not SQL. */
    public static List<String> tagsOf(Viewer v) {
        List<String> tags = v.association().map(m -> List.copyOf(m.tags())).orElse(List.of());
        return tags.isEmpty() ? List.of("-") : tags;
    }

    public String displayName(String username) {
        return accounts.contact(username).map(AccountContact::displayName).orElse(username);
    }

    /** A consultation the viewer may read; anything else reads as not found, so ids reveal nothing. */
    public Consultation readable(ConsultationRepository repo, long id, Viewer viewer) {
        return repo.findById(id).filter(viewer::mayRead)
                .orElseThrow(() -> new Refusal("consultation.error.notFound"));
    }
}
