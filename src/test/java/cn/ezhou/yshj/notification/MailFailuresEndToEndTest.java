package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail server that accepts the connection and then never answers: the outbox gives up on each
 * attempt after its timeout, and after the last allowed attempt the message is marked failed and
 * listed for the administrator instead of being tried for ever.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "portal.mail.send-interval=PT1H",
        "portal.mail.first-retry=PT0S", "portal.mail.timeout-ms=500", "portal.mail.max-attempts=2"})
@ActiveProfiles({"dev", "test"})
@Import(TestClock.Config.class)
class MailFailuresEndToEndTest {

    private static final ServerSocket SILENT = silentServer();
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    private static ServerSocket silentServer() {
        try {
            ServerSocket server = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        HELD.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SILENT::getLocalPort);
    }

    @AfterAll
    static void closeServer() throws IOException {
        SILENT.close();
        for (Socket s : HELD) {
            s.close();
        }
    }

    @Autowired MailOutbox mail;
    @Autowired MailFailures failures;
    @Autowired OutboxMailRepository outbox;
    @Autowired TransactionTemplate tx;
    @Autowired TestClock clock;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    private OutboxMail reload(long id) {
        return outbox.findById(id).orElseThrow();
    }

    @Test
    void two_runs_at_once_record_the_attempt_once_and_neither_fails() throws Exception {
        long id = tx.execute(s -> outbox.save(new OutboxMail("twice@test.invalid", "您的诉求已答复", "正文", clock.instant()))).getId();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            // Both load the message before either gives up on the silent server and records it.
            List<Future<Integer>> runs = two.invokeAll(List.<Callable<Integer>>of(mail::sendDue, mail::sendDue),
                    30, TimeUnit.SECONDS);
            for (Future<Integer> run : runs) {
                assertThat(run.get()).as("a run that lost the race ends quietly").isZero();
            }
            assertThat(reload(id).getAttempts()).isBetween(1, 2);
        } finally {
            two.shutdownNow();
            outbox.deleteById(id);
        }
    }

    @Test
    void a_silent_server_times_out_and_a_message_that_keeps_failing_is_given_up_and_shown_to_the_administrator() {
        long id = tx.execute(s -> outbox.save(new OutboxMail("nobody@test.invalid", "您的诉求已答复", "正文", clock.instant()))).getId();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mail.sendDue());
        assertThat(reload(id).getAttempts()).isEqualTo(1);
        assertThat(reload(id).getFailedAt()).isNull();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mail.sendDue());
        assertThat(reload(id).getAttempts()).isEqualTo(2);
        assertThat(reload(id).getFailedAt()).isEqualTo(clock.instant());

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mail.sendDue());
        assertThat(reload(id).getAttempts()).as("not tried again once given up").isEqualTo(2);
        assertThat(reload(id).getSentAt()).isNull();

        new Actors(security, accounts).ensure("mail-admin", null, "ADMIN").as("mail-admin", "ADMIN");
        try {
            assertThat(failures.page(0, 50)).filteredOn(f -> f.id() == id).singleElement()
                    .satisfies(f -> {
                        assertThat(f.recipient()).isEqualTo("nobody@test.invalid");
                        assertThat(f.attempts()).isEqualTo(2);
                        assertThat(f.lastError()).isNotBlank();
                    });
        } finally {
            security.clearContext();
            outbox.deleteById(id); // the outbox tests that follow in this JVM count unsent messages
        }
    }
}
