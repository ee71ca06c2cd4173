package cn.ezhou.yshj.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A saved draft comes back to its author, only to its author, and is gone once discarded. */
abstract class DraftContract {

    static final String AUTHOR = "draft-author";
    static final String OTHER = "draft-other";

    @Autowired DraftService drafts;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    Actors actors;
    long target;

    @BeforeEach
    void setUp() {
        actors = new Actors(security, accounts).ensure(AUTHOR, "FGW", "DEPARTMENT").ensure(OTHER, "FGW", "DEPARTMENT");
        target = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        clock.set(Instant.parse("2026-06-30T15:59:30Z"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    @Test
    void a_saved_draft_resumes_with_its_fields_and_the_clock_time() {
        actors.as(AUTHOR, "DEPARTMENT");
        drafts.save("submission.reply", target, Map.of("result", "RESOLVED", "measures", "已安排专人核查。"));
        assertThat(drafts.load("submission.reply", target)).hasValueSatisfying(d -> {
            assertThat(d.fields()).containsEntry("result", "RESOLVED").containsEntry("measures", "已安排专人核查。");
            assertThat(d.savedAt()).isEqualTo(Instant.parse("2026-06-30T15:59:30Z"));
        });
        clock.advance(java.time.Duration.ofSeconds(40));
        drafts.save("submission.reply", target, Map.of("measures", "第二稿"));
        assertThat(drafts.load("submission.reply", target).orElseThrow().fields()).isEqualTo(Map.of("measures", "第二稿"));
    }

    @Test
    void a_draft_is_private_to_its_author() {
        actors.as(AUTHOR, "DEPARTMENT");
        drafts.save("submission.reply", target, Map.of("measures", "作者的草稿"));
        actors.as(OTHER, "DEPARTMENT");
        assertThat(drafts.load("submission.reply", target)).isEmpty();
        drafts.save("submission.reply", target, Map.of("measures", "别人的草稿"));
        drafts.discard("submission.reply", target);
        actors.as(AUTHOR, "DEPARTMENT");
        assertThat(drafts.load("submission.reply", target).orElseThrow().fields()).containsEntry("measures", "作者的草稿");
        actors.anonymous();
        assertThatThrownBy(() -> drafts.load("submission.reply", target))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void a_discarded_draft_is_gone_and_other_forms_keep_theirs() {
        actors.as(AUTHOR, "DEPARTMENT");
        drafts.save("submission.reply", target, Map.of("measures", "回复"));
        drafts.save("submission.coInput", target, Map.of("text", "协办意见"));
        drafts.discard("submission.reply", target);
        assertThat(drafts.load("submission.reply", target)).isEmpty();
        assertThat(drafts.load("submission.coInput", target)).isPresent();
    }

    @Test
    void a_whole_draft_policy_of_half_a_million_characters_is_kept_and_more_is_refused() {
        actors.as(AUTHOR, "DEPARTMENT");
        String line = "第一条　为降低物流成本，制定本措施。\n";
        String text = line.repeat(DraftService.MAX_FIELD_LENGTH / line.length());
        text = text + "条".repeat(DraftService.MAX_FIELD_LENGTH - text.length());
        drafts.save("consultation.new", 0, Map.of("text", text));
        assertThat(drafts.load("consultation.new", 0).orElseThrow().fields().get("text")).isEqualTo(text);
        String tooLong = text + "多";
        assertThatThrownBy(() -> drafts.save("consultation.new", 0, Map.of("text", tooLong)))
                .isInstanceOf(Refusal.class).hasMessage("drafts.error.tooLong");
        assertThat(drafts.load("consultation.new", 0).orElseThrow().fields().get("text")).hasSize(DraftService.MAX_FIELD_LENGTH);
        drafts.discard("consultation.new", 0);
    }
}
