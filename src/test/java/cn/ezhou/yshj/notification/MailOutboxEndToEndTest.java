package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail through a real SMTP server (GreenMail): Chinese intact, and nothing lost while the server is down. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "portal.mail.send-interval=PT1H", "portal.mail.first-retry=PT0S", "portal.base-url=https://yshj.example.cn"})
@ActiveProfiles({"dev", "test"})
@Import(TestClock.Config.class)
class MailOutboxEndToEndTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox mail;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserAccountRepository accounts;

    /** Publishes a notice and waits until the listener (asynchronous, after commit) has queued its e-mail. */
    private void publish(String recipient) throws InterruptedException {
        new Actors(security, accounts).ensure(recipient, null, "OBSERVER");
        long queued = outbox.count();
        tx.executeWithoutResult(s -> events.publishEvent(new Notice(List.of(recipient), "notice.submission.answered",
                List.of("SQ2026-000042", "不动产登记需跑三个窗口"), "submissions/42")));
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.count() != queued);
        assertThat(outbox.count()).isEqualTo(queued + 1);
    }

    private void drainEarlierMail() throws Exception {
        mail.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_notice_becomes_one_email_with_the_chinese_text_intact() throws Exception {
        drainEarlierMail();
        publish("mail-one");
        assertThat(mail.sendDue()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mail-one@test.invalid");
        assertThat(received[0].getSubject()).contains("您的诉求 SQ2026-000042 已答复，请在7日内评价");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(received[0].getContent().toString()).contains("测试mail-one，您好")
                .contains("https://yshj.example.cn/submissions/42");
        assertThat(body).isNotBlank();
        assertThat(mail.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void with_the_mail_server_down_nothing_is_lost_and_after_it_returns_each_message_is_sent_once() throws Exception {
        drainEarlierMail();
        smtp.stop();
        publish("mail-two");
        publish("mail-three");
        assertThat(mail.sendDue()).isZero();
        assertThat(mail.sendDue()).isZero();
        assertThat(outbox.countBySentAtIsNull()).isEqualTo(2);
        assertThat(outbox.findAll(org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .filteredOn(m -> m.getSentAt() == null).allMatch(m -> m.getAttempts() == 2);

        smtp.start();
        assertThat(mail.sendDue()).isEqualTo(2);
        assertThat(mail.sendDue()).isZero();
        assertThat(outbox.countBySentAtIsNull()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2)
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("mail-two@test.invalid", "mail-three@test.invalid");
    }
}
