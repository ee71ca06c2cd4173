package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.AccountDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of an item what changed. Published inside the transaction of the change, so
 * a notice exists exactly when the change does; the notification module delivers it.
 */
@Component
public class Notifier {

    private final ApplicationEventPublisher events;
    private final AccountDirectory directory;

    Notifier(ApplicationEventPublisher events, AccountDirectory directory) {
        this.events = events;
        this.directory = directory;
    }

    public void submitter(Submission item, String messageKey) {
        if (item.getSubmitterUsername() != null) {
            send(List.of(item.getSubmitterUsername()), item, messageKey);
        }
    }

    public void office(Submission item, String messageKey) {
        send(directory.usernamesWithRole(AppRoles.OFFICE), item, messageKey);
    }

    public void lead(Submission item, String messageKey) {
        if (item.getLeadUnit() != null) {
            units(List.of(item.getLeadUnit()), item, messageKey);
        }
    }

    public void units(Collection<String> unitCodes, Submission item, String messageKey) {
        List<String> recipients = new ArrayList<>();
        for (String unit : unitCodes) {
            recipients.addAll(directory.usernamesInUnit(unit, AppRoles.DEPARTMENT));
        }
        send(recipients, item, messageKey);
    }

    /** Named people, e.g. colleagues mentioned in a note; the extra arguments follow reference and title. */
    public void people(Collection<String> usernames, Submission item, String messageKey, String... moreArgs) {
        send(List.copyOf(usernames), item, messageKey, moreArgs);
    }

    private void send(List<String> recipients, Submission item, String messageKey, String... moreArgs) {
        if (!recipients.isEmpty()) {
            List<String> args = new ArrayList<>(List.of(item.getReferenceNo(), item.getTitle()));
            args.addAll(List.of(moreArgs));
            events.publishEvent(new Notice(recipients, messageKey, args, "submissions/" + item.getId()));
        }
    }
}
