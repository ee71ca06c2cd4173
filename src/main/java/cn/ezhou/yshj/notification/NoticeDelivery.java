package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.notification.internal.DigestLine;
import cn.ezhou.yshj.notification.internal.DigestLineRepository;
import cn.ezhou.yshj.notification.internal.NoticePreference;
import cn.ezhou.yshj.notification.internal.NoticePreferenceRepository;
import cn.ezhou.yshj.notification.internal.NotificationEntry;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a committed {@link Notice} into an in-app notice for each recipient and, as the recipient
 * chose for the notice's kind, a queued e-mail now, a line for the daily digest, or nothing.
 * Runs after the publishing transaction committed, in its own transaction; the event registry
 * keeps the publication until this succeeds and republishes it after a restart.
 */
@Component
class NoticeDelivery {

    private final NotificationEntryRepository notifications;
    private final OutboxMailRepository outbox;
    private final NoticePreferenceRepository preferences;
    private final DigestLineRepository digestLines;
    private final AccountDirectory accounts;
    private final NoticeMails mails;
    private final LiveNotices live;
    private final Clock clock;

    NoticeDelivery(NotificationEntryRepository notifications, OutboxMailRepository outbox,
                   NoticePreferenceRepository preferences, DigestLineRepository digestLines, AccountDirectory accounts,
                   NoticeMails mails, LiveNotices live, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.preferences = preferences;
        this.digestLines = digestLines;
        this.accounts = accounts;
        this.mails = mails;
        this.live = live;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(Notice notice) {
        Set<String> recipients = new LinkedHashSet<>(notice.recipients());
        Map<String, MailChoice> chosen = preferences.findByKindAndUsernameIn(NoticeKind.of(notice.messageKey()), recipients)
                .stream().collect(Collectors.toMap(NoticePreference::getUsername, NoticePreference::getChoice));
        Map<String, AccountContact> contacts = accounts.contacts(recipients);
        for (String username : recipients) {
            NotificationEntry entry = notifications.save(new NotificationEntry(username, notice.messageKey(),
                    notice.args(), notice.link(), clock.instant()));
            MailChoice choice = chosen.getOrDefault(username, MailChoice.IMMEDIATE);
            if (choice == MailChoice.NONE) {
                continue;
            }
            // Without an address there is nothing to mail now or later, so no digest line is kept either.
            Optional.ofNullable(contacts.get(username)).filter(NoticeMails::hasAddress).ifPresent(contact -> {
                if (choice == MailChoice.DAILY) {
                    digestLines.save(new DigestLine(username, entry.getId(), clock.instant()));
                } else {
                    outbox.save(mails.immediate(contact, notice, clock.instant()));
                }
            });
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                live.changed(recipients);
            }
        });
    }
}
