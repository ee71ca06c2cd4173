package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.audit.AuditFilter;
import cn.ezhou.yshj.audit.AuditRecord;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.internal.DigestLineRepository;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.Race;
import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail per kind of notice as each person chose: at once by default, one digest a day listing the
 * day's notices (each mailed once), or none; the bell always gets the notice at once. A person
 * changes only their own choices. Each test has people of its own, so other tests' notices and
 * digest lines cannot interfere; assertions count only mail to those people.
 */
abstract class NoticeDigestContract {

    @Autowired NoticePreferences preferences;
    @Autowired NoticeDigest digest;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired OutboxMailRepository outbox;
    @Autowired NotificationEntryRepository notifications;
    @Autowired DigestLineRepository digestLines;
    @Autowired AuditService audit;
    @Autowired TestClock clock;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    Actors actors;
    String ana;
    String ben;

    @BeforeEach
    void people() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ana = "digest-a-" + tag;
        ben = "digest-b-" + tag;
        actors = new Actors(security, accounts).ensure(ana, null, "OBSERVER").ensure(ben, "FGW", "DEPARTMENT")
                .ensure("digest-admin", null, "ADMIN");
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
        clock.reset();
    }

    /** Publishes a notice to one person and waits until the bell has it (the e-mail or digest line goes with it). */
    private void notify(String username, String key, String number) {
        long before = notifications.countByRecipientAndReadAtIsNull(username);
        tx.executeWithoutResult(s -> events.publishEvent(new Notice(List.of(username), key, List.of(number, "不动产登记需跑三个窗口"),
                "submissions/" + number.substring(number.length() - 2))));
        await("the bell of " + username).atMost(Duration.ofSeconds(10))
                .until(() -> notifications.countByRecipientAndReadAtIsNull(username) == before + 1);
    }

    private List<OutboxMail> mailTo(String username) {
        return outbox.findByRecipientOrderByIdAsc(username + "@test.invalid");
    }

    @Test
    void without_a_choice_a_notice_is_mailed_at_once() {
        actors.as(ana, "OBSERVER");
        assertThat(preferences.mine()).hasSize(NoticeKind.values().length).containsValue(MailChoice.IMMEDIATE)
                .doesNotContainValue(MailChoice.DAILY).doesNotContainValue(MailChoice.NONE);
        notify(ana, "notice.submission.answered", "SQ2026-000011");
        assertThat(mailTo(ana)).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("SQ2026-000011"));
        digest.run();
        assertThat(mailTo(ana)).as("nothing kept for a digest").hasSize(1);
    }

    @Test
    void a_daily_kind_waits_for_one_digest_that_lists_its_notices_and_a_second_run_sends_nothing() {
        actors.as(ana, "OBSERVER");
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.DAILY);
        notify(ana, "notice.submission.answered", "SQ2026-000021");
        notify(ana, "notice.submission.closed", "SQ2026-000022");
        notify(ana, "notice.consultation.opened", "ZQ2026-000023");
        assertThat(mailTo(ana)).as("only the consultation, a kind still immediate").singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("ZQ2026-000023"));

        clock.set(Instant.parse("2031-02-28T00:00:00Z"));
        assertThat(digest.run()).isGreaterThanOrEqualTo(1);
        List<OutboxMail> digests = mailTo(ana).stream().filter(m -> m.getSubject().contains("每日通知汇总")).toList();
        assertThat(digests).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains("2031-02-28").contains("2 条");
            assertThat(m.getBody()).contains("您的诉求 SQ2026-000021 已答复", "您的诉求 SQ2026-000022 已办结",
                    "/submissions/21", "/submissions/22", "/notifications").doesNotContain("ZQ2026-000023");
            assertThat(m.getBody().indexOf("SQ2026-000021")).as("oldest first").isLessThan(m.getBody().indexOf("SQ2026-000022"));
        });
        digest.run();
        assertThat(mailTo(ana)).as("each line mailed once").hasSize(2);
    }

    @Test
    void none_mails_nothing_ever_while_the_bell_still_shows_the_notice() {
        actors.as(ana, "OBSERVER");
        preferences.choose(NoticeKind.CONSULTATION, MailChoice.NONE);
        notify(ana, "notice.consultation.closing", "ZQ2026-000031");
        digest.run();
        assertThat(mailTo(ana)).isEmpty();
        assertThat(notifications.findByRecipientOrderByIdDesc(ana, PageRequest.of(0, 5)))
                .singleElement().satisfies(n -> assertThat(n.toRecord().messageKey()).isEqualTo("notice.consultation.closing"));
    }

    @Test
    void lines_waiting_for_the_digest_are_still_mailed_after_the_choice_changes_back() {
        actors.as(ana, "OBSERVER");
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.DAILY);
        notify(ana, "notice.submission.answered", "SQ2026-000041");
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.NONE);
        notify(ana, "notice.submission.closed", "SQ2026-000042");
        assertThat(mailTo(ana)).isEmpty();
        digest.run();
        assertThat(mailTo(ana)).singleElement().satisfies(m -> assertThat(m.getBody()).contains("SQ2026-000041")
                .doesNotContain("SQ2026-000042"));
        digest.run();
        assertThat(mailTo(ana)).hasSize(1);
    }

    @Test
    void a_person_without_an_address_keeps_no_digest_lines_and_gets_no_mail() {
        String nomail = "digest-n-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new UserAccount(nomail, "无邮箱", null, Set.of("OBSERVER"), null, Instant.parse("2026-01-01T00:00:00Z")));
        actors.as(nomail, "OBSERVER");
        assertThat(preferences.hasAddress()).isFalse();
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.DAILY);
        notify(nomail, "notice.submission.answered", "SQ2026-000051");
        assertThat(digestLines.countByRecipient(nomail)).isZero();
        digest.run();
        assertThat(outbox.existsByBodyContaining("SQ2026-000051")).isFalse();
    }

    @Test
    void a_person_changes_only_their_own_choices_and_each_change_is_audited() {
        actors.as(ana, "OBSERVER");
        preferences.choose(Map.of(NoticeKind.SUBMISSION, MailChoice.DAILY, NoticeKind.POLICY, MailChoice.NONE));
        actors.as(ben, "DEPARTMENT");
        assertThat(preferences.mine()).as("another's choices are not mine").containsEntry(NoticeKind.SUBMISSION, MailChoice.IMMEDIATE);
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.NONE);
        actors.as(ana, "OBSERVER");
        assertThat(preferences.mine()).containsEntry(NoticeKind.SUBMISSION, MailChoice.DAILY)
                .containsEntry(NoticeKind.POLICY, MailChoice.NONE).containsEntry(NoticeKind.ROUND, MailChoice.IMMEDIATE);
        preferences.choose(NoticeKind.POLICY, MailChoice.IMMEDIATE);
        assertThat(preferences.mine()).containsEntry(NoticeKind.POLICY, MailChoice.IMMEDIATE);

        actors.as("digest-admin", "ADMIN");
        List<AuditRecord> trail = audit.search(new AuditFilter(ana, "NOTICE_PREFERENCES_CHANGE", null, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(trail).hasSize(2).first().satisfies(r -> assertThat(r.detail()).isEqualTo("POLICY:NONE->IMMEDIATE"));

        actors.anonymous();
        assertThatThrownBy(() -> preferences.mine())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> preferences.choose(NoticeKind.SUBMISSION, MailChoice.NONE))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void a_missing_kind_or_choice_is_refused_and_changes_nothing() {
        actors.as(ana, "OBSERVER");
        Map<NoticeKind, MailChoice> halfEmpty = new HashMap<>();
        halfEmpty.put(NoticeKind.SUBMISSION, MailChoice.DAILY);
        halfEmpty.put(NoticeKind.CONSULTATION, null);
        assertThatThrownBy(() -> preferences.choose(halfEmpty))
                .isInstanceOf(Refusal.class).hasMessage("notification.preferences.error.choice");
        assertThatThrownBy(() -> preferences.choose(null, MailChoice.DAILY))
                .isInstanceOf(Refusal.class).hasMessage("notification.preferences.error.kind");
        assertThatThrownBy(() -> preferences.choose((Map<NoticeKind, MailChoice>) null))
                .isInstanceOf(Refusal.class).hasMessage("notification.preferences.error.kind");
        assertThat(preferences.choose(Collections.emptyMap())).doesNotContainValue(MailChoice.DAILY);
    }

    @Test
    void two_runs_at_once_mail_each_person_one_digest_and_both_finish() throws Exception {
        for (String person : List.of(ana, ben)) {
            actors.as(person, person.equals(ana) ? "OBSERVER" : "DEPARTMENT");
            preferences.choose(NoticeKind.SUBMISSION, MailChoice.DAILY);
            notify(person, "notice.submission.answered", "SQ2026-000061");
        }
        List<Callable<Integer>> runs = List.of(digest::run, digest::run);
        Race.run(runs); // a run ended by the other's taking would fail the race
        for (String person : List.of(ana, ben)) {
            assertThat(mailTo(person)).as("one digest for " + person).singleElement()
                    .satisfies(m -> assertThat(m.getBody()).contains("SQ2026-000061"));
        }
        assertThat(digestLines.countByRecipient(ana) + digestLines.countByRecipient(ben)).isZero();
    }
}
