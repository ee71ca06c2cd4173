package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/** A title typed with line breaks cannot add a header to the mail that tells about it. */
@PortalTest
class MailSubjectTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired OutboxMailRepository outbox;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    @Test
    void a_mail_subject_carries_no_line_break_from_the_title() {
        new Actors(security, accounts).ensure("subject-crlf", null, "OBSERVER");
        tx.executeWithoutResult(s -> events.publishEvent(new Notice(List.of("subject-crlf"), "notice.submission.new",
                List.of("SQ2026-000009", "材料\r\nBcc: everyone@example.cn\n"), "submissions/9")));
        OutboxMail mail = await("the mail is queued").atMost(Duration.ofSeconds(10))
                .until(() -> outbox.findFirstByRecipientOrderByIdDesc("subject-crlf@test.invalid"), Optional::isPresent)
                .orElseThrow();
        assertThat(mail.getSubject()).contains("Bcc: everyone@example.cn").doesNotContain("\r", "\n");
    }
}
