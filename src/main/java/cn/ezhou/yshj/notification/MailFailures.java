package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The e-mails the outbox gave up on, for the administrator to correct the addresses. */
@Service
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
@Transactional(readOnly = true)
public class MailFailures {

    private final OutboxMailRepository outbox;

    MailFailures(OutboxMailRepository outbox) {
        this.outbox = outbox;
    }

    /** One page of failed e-mails, latest first (offset and limit as a lazy grid asks). */
    public List<FailedMail> page(int offset, int limit) {
        int size = Math.clamp(limit, 1, 100);
        return outbox.findByFailedAtIsNotNullOrderByFailedAtDesc(PageRequest.of(offset / size, size)).stream()
                .map(MailFailures::toRecord).toList();
    }

    /** How many e-mails the outbox gave up on: the length of the administrator's list. */
    public long count() {
        return outbox.countByFailedAtIsNotNull();
    }

    private static FailedMail toRecord(OutboxMail m) {
        return new FailedMail(m.getId(), m.getRecipient(), m.getSubject(), m.getAttempts(), m.getFailedAt(), m.getLastError());
    }
}
