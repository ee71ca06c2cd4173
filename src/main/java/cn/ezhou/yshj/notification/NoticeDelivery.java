package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.ui.PortalTranslations;
import cn.ezhou.yshj.notification.internal.NotificationEntry;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a committed {@link Notice} into an in-app notice and a queued e-mail for each recipient.
 * Runs after the publishing transaction committed, in its own transaction; the event registry
 * keeps the publication until this succeeds and republishes it after a restart.
 */
@Component
class NoticeDelivery {

    private final NotificationEntryRepository notifications;
    private final OutboxMailRepository outbox;
    private final AccountDirectory accounts;
    private final PortalTranslations translations;
    private final LiveNotices live;
    private final Clock clock;
    private final String baseUrl;

    NoticeDelivery(NotificationEntryRepository notifications, OutboxMailRepository outbox, AccountDirectory accounts,
                   PortalTranslations translations, LiveNotices live, Clock clock,
                   @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.accounts = accounts;
        this.translations = translations;
        this.live = live;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @ApplicationModuleListener
    void on(Notice notice) {
        Set<String> recipients = new LinkedHashSet<>(notice.recipients());
        for (String username : recipients) {
            notifications.save(new NotificationEntry(username, notice.messageKey(), notice.args(), notice.link(),
                    clock.instant()));
            accounts.contact(username).flatMap(this::withEmail).ifPresent(contact -> queueMail(contact, notice));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                live.changed(recipients);
            }
        });
    }

    private Optional<AccountContact> withEmail(AccountContact contact) {
        return contact.email() == null || contact.email().isBlank() ? Optional.empty() : Optional.of(contact);
    }

    private void queueMail(AccountContact contact, Notice notice) {
        String message = translations.getTranslation(notice.messageKey(), contact.locale(), notice.args().toArray());
        // A title typed by a user may carry line breaks; in a mail header they would start a new header.
        String subject = UserText.oneLine("[" + translations.getTranslation("mail.subjectPrefix", contact.locale()) + "] " + message);
        String body = translations.getTranslation("mail.body", contact.locale(), contact.displayName(), message,
                notice.link() == null ? baseUrl : baseUrl + notice.link());
        outbox.save(new OutboxMail(contact.email(), subject, body, clock.instant()));
    }
}
