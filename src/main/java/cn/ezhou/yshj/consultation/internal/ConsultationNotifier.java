package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.association.AssociationDirectory;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells a consultation's audience, its drafters and the office; published inside the change's transaction. */
@Component
public class ConsultationNotifier {

    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    private final AssociationDirectory associations;
    private final DirectoryService directory;

    ConsultationNotifier(ApplicationEventPublisher events, AccountDirectory accounts, AssociationDirectory associations,
                         DirectoryService directory) {
        this.directory = directory;
        this.events = events;
        this.accounts = accounts;
        this.associations = associations;
    }

    /** The liaisons of every association addressed (by tag or by name), and the observers if addressed. */
    public Set<String> audience(Consultation c) {
        Set<String> people = new LinkedHashSet<>();
        associations.liaisonAccounts(associations.audience(c.getAudienceTags(), c.getAudienceAssociations()))
                .values().forEach(people::addAll);
        if (c.isToObservers()) {
            people.addAll(accounts.usernamesWithRole(AppRoles.OBSERVER));
        }
        return people;
    }

    public void toAudience(Consultation c, String key) {
        send(audience(c), c, key);
    }

    /** The drafting unit's department accounts, or the office's accounts when the office drafted it. */
    public void toDrafters(Consultation c, String key) {
        boolean byOffice = directory.orgUnit(c.getDraftingUnit())
                .map(u -> u.kind() == OrgUnitKind.OFFICE || u.kind() == OrgUnitKind.OFFICE_GROUP).orElse(false);
        send(byOffice ? accounts.usernamesWithRole(AppRoles.OFFICE)
                : accounts.usernamesInUnit(c.getDraftingUnit(), AppRoles.DEPARTMENT), c, key);
    }

    public void toOffice(Consultation c, String key) {
        send(accounts.usernamesWithRole(AppRoles.OFFICE), c, key);
    }

    public void send(Collection<String> recipients, Consultation c, String key) {
        if (!recipients.isEmpty()) {
            events.publishEvent(new Notice(List.copyOf(recipients), key, List.of(c.getReferenceNo(), c.getTitle()),
                    "consultations/" + c.getId()));
        }
    }
}
