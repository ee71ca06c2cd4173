package cn.ezhou.yshj.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The audit log narrowed by user, action, result and days, newest first; only administrators and the office read it. */
abstract class AuditSearchContract {

    @Autowired AuditService audit;
    @Autowired TestClock clock;
    @Autowired UserAccountRepository accounts;
    @Autowired SecurityContextHolderStrategy security;
    Actors actors;
    String user;

    @BeforeEach
    void setUp() {
        user = "audited-" + new Random().nextInt(1_000_000);
        actors = new Actors(security, accounts).ensure("t-admin", null, "ADMIN").ensure("t-observer", null, "OBSERVER");
        at("2026-03-09T23:30");
        audit.recordFor(user, "OBSERVER", "SUBMISSION_READ", "Submission", 7, AuditService.REFUSED, "not a party");
        at("2026-03-10T09:00");
        audit.recordFor(user, "OBSERVER", "SUBMISSION_SUBMIT", "Submission", 8, AuditService.SUCCESS, null);
        at("2026-03-11T16:00");
        audit.recordFor(user, "OBSERVER", "ACCOUNT_UPDATE", "Account", user, AuditService.SUCCESS, null);
        actors.as("t-admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    private void at(String cityTime) {
        clock.set(java.time.LocalDateTime.parse(cityTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private List<String> actions(AuditFilter filter) {
        return audit.search(filter, PageRequest.of(0, 50)).stream().map(AuditRecord::action).toList();
    }

    @Test
    void narrowed_by_user_action_prefix_result_and_whole_days_in_city_time_newest_first() {
        assertThat(actions(new AuditFilter(user, null, null, null, null)))
                .containsExactly("ACCOUNT_UPDATE", "SUBMISSION_SUBMIT", "SUBMISSION_READ");
        assertThat(actions(new AuditFilter(user, "submission", null, null, null)))
                .containsExactly("SUBMISSION_SUBMIT", "SUBMISSION_READ");
        assertThat(actions(new AuditFilter(user, null, AuditService.REFUSED, null, null))).containsExactly("SUBMISSION_READ");
        assertThat(actions(new AuditFilter(user, null, null, LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"))))
                .containsExactly("SUBMISSION_SUBMIT");
        assertThat(actions(new AuditFilter(user, null, null, null, LocalDate.parse("2026-03-09"))))
                .containsExactly("SUBMISSION_READ");
        assertThat(actions(new AuditFilter(user + "-nobody", null, null, null, null))).isEmpty();
    }

    @Test
    void pages_follow_one_another_without_a_count() {
        var first = audit.search(new AuditFilter(user, null, null, null, null), PageRequest.of(0, 2));
        assertThat(first.getContent()).extracting(AuditRecord::action).containsExactly("ACCOUNT_UPDATE", "SUBMISSION_SUBMIT");
        assertThat(first.hasNext()).isTrue();
        var second = audit.search(new AuditFilter(user, null, null, null, null), PageRequest.of(1, 2));
        assertThat(second.getContent()).extracting(AuditRecord::action).containsExactly("SUBMISSION_READ");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void an_end_before_the_start_or_an_overlong_field_is_refused_and_observers_cannot_read_the_log() {
        assertThatThrownBy(() -> actions(new AuditFilter(null, null, null, LocalDate.parse("2026-03-11"),
                LocalDate.parse("2026-03-10")))).isInstanceOf(Refusal.class).hasMessage("audit.error.periodOrder");
        assertThatThrownBy(() -> actions(new AuditFilter("x".repeat(65), null, null, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("audit.error.tooLong");
        actors.as("t-observer", "OBSERVER");
        assertThatThrownBy(() -> actions(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
