package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.association.AssociationDirectory;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Delivers an issued policy: one delivery per recipient (association liaisons by tag, observers if chosen). */
@Component
public class PolicyPush {

    private final AssociationDirectory associations;
    private final AccountDirectory accounts;
    private final PolicyDeliveryRepository deliveries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyPush(AssociationDirectory associations, AccountDirectory accounts, PolicyDeliveryRepository deliveries,
               ApplicationEventPublisher events, Clock clock) {
        this.associations = associations;
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the number of recipients. */
    public int push(Policy policy) {
        Map<String, Long> recipients = new LinkedHashMap<>();
        associations.liaisonAccounts(associations.audience(policy.getTags(), Set.of()))
                .forEach((association, people) -> people.forEach(u -> recipients.putIfAbsent(u, association)));
        if (policy.isToObservers()) {
            accounts.usernamesWithRole(AppRoles.OBSERVER).forEach(u -> recipients.putIfAbsent(u, null));
        }
        recipients.forEach((username, association) -> deliveries.save(
                new PolicyDelivery(policy.getId(), username, association, clock.instant())));
        if (!recipients.isEmpty()) {
            events.publishEvent(new Notice(List.copyOf(recipients.keySet()), "notice.policy.pushed",
                    List.of(policy.getTitle()), "policies/" + policy.getId()));
        }
        return recipients.size();
    }
}
