package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.ui.PortalTranslations;
import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.security.AccountContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes the e-mails about notices, in the recipient's language: one per notice, or a day's digest. */
@Component
class NoticeMails {

    /** Room for the digest's lines: the outbox keeps 4000 characters of a body, the frame needs the rest. */
    static final int DIGEST_LINES_ROOM = 3200;

    private final PortalTranslations translations;
    private final String baseUrl;

    NoticeMails(PortalTranslations translations, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    static boolean hasAddress(AccountContact contact) {
        return contact.email() != null && !contact.email().isBlank();
    }

    OutboxMail immediate(AccountContact contact, Notice notice, Instant now) {
        String message = message(contact, notice.messageKey(), notice.args());
        String body = translations.getTranslation("mail.body", contact.locale(), contact.displayName(), message,
                link(notice.link()));
        return new OutboxMail(contact.email(), subject(contact, message), body, now);
    }

    /**
     * The day's digest: the notices oldest first, each with its link. Lines beyond the room a mail
     * body has are counted, not cut: the notices page lists them all.
     */
    OutboxMail digest(AccountContact contact, List<NotificationRecord> notices, LocalDate day, Instant now) {
        List<String> lines = new ArrayList<>();
        int used = 0;
        for (NotificationRecord n : notices) {
            String line = translations.getTranslation("mail.digest.line", contact.locale(),
                    message(contact, n.messageKey(), n.args()), link(n.link()));
            if (used + line.length() + 1 > DIGEST_LINES_ROOM) {
                break;
            }
            lines.add(line);
            used += line.length() + 1;
        }
        if (lines.size() < notices.size()) {
            lines.add(translations.getTranslation("mail.digest.more", contact.locale(), notices.size() - lines.size()));
        }
        String heading = translations.getTranslation("mail.digest.subject", contact.locale(), day.toString(), notices.size());
        String body = translations.getTranslation("mail.digest.body", contact.locale(), contact.displayName(),
                String.join("\n", lines), link("notifications"));
        return new OutboxMail(contact.email(), subject(contact, heading), body, now);
    }

    private String message(AccountContact contact, String key, List<String> args) {
        return translations.getTranslation(key, contact.locale(), args.toArray());
    }

    // A title typed by a user may carry line breaks; in a mail header they would start a new header.
    private String subject(AccountContact contact, String text) {
        return UserText.oneLine("[" + translations.getTranslation("mail.subjectPrefix", contact.locale()) + "] " + text);
    }

    private String link(String route) {
        return route == null ? baseUrl : baseUrl + route;
    }
}
