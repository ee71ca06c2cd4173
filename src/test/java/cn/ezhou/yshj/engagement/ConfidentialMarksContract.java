package cn.ezhou.yshj.engagement;

import static cn.ezhou.yshj.engagement.EngagementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.notification.Notice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Briefings and activities marked 保密: the mark is kept and shown in every record, the notice names no
 * title, each opening by a recipient is recorded and only the office reads that record.
 */
abstract class ConfidentialMarksContract extends BriefingActivityContract {

    long confidentialBriefing() {
        f.as(OFFICE);
        return briefings.publish(new PublishBriefing("部门逾期情况内部通报", "三个部门逾期答复，名单如下。", true, false, null, null,
                true));
    }

    long confidentialActivity() {
        f.as(OFFICE);
        return activities.create(new CreateActivity(ActivityKind.INSPECTION, "政务服务中心暗访", "不提前告知被访单位。",
                LocalDateTime.parse("2026-06-25T09:00"), "市政务服务中心", 5, LocalDateTime.parse("2026-06-24T18:00"), true, false,
                true));
    }

    List<ConfidentialOpening> briefingOpenings(long id) {
        return briefings.openings(id, PageRequest.of(0, 100)).getContent();
    }

    @Test
    void a_confidential_briefing_carries_its_mark_and_each_opening_by_a_recipient_is_recorded_for_the_office() {
        long plain = briefObservers();
        long secret = confidentialBriefing();
        assertThat(listed(secret).confidential()).isTrue();
        assertThat(listed(plain).confidential()).isFalse();
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("briefings/" + secret))).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.briefing.published.confidential");
                    assertThat(n.args()).as("the notice goes out by e-mail too").isEmpty();
                });

        f.as(f.obs1);
        assertThat(listed(secret).confidential()).isTrue();
        clock.advance(Duration.ofHours(1));
        Instant first = clock.instant();
        assertThat(briefings.open(secret).summary().confidential()).isTrue();
        clock.advance(Duration.ofHours(3));
        briefings.open(secret);
        briefings.open(plain);
        f.as(f.obs2);
        clock.advance(Duration.ofMinutes(5));
        briefings.open(secret);
        f.as(OFFICE);
        briefings.open(secret);

        assertThat(briefingOpenings(secret)).extracting(ConfidentialOpening::username, ConfidentialOpening::openedAt)
                .as("latest first, the office's own opening not counted")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.obs2, clock.instant()),
                        org.assertj.core.groups.Tuple.tuple(f.obs1, first.plus(Duration.ofHours(3))),
                        org.assertj.core.groups.Tuple.tuple(f.obs1, first));
        assertThat(briefingOpenings(plain)).as("openings of an unmarked briefing are not recorded").isEmpty();
        assertThat(briefings.open(secret).summary().read()).as("read receipts kept").isEqualTo(2);
    }

    @Test
    void only_the_office_reads_who_opened_and_readers_outside_the_audience_stay_refused() {
        long secret = confidentialBriefing();
        f.as(f.obs1);
        briefings.open(secret);
        assertThatThrownBy(() -> briefings.openings(secret, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        f.as(f.liaison1);
        assertThat(refusal(() -> briefings.open(secret)).key()).isEqualTo("briefing.error.notFound");
        assertThatThrownBy(() -> briefings.openings(secret, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        f.as(FGW_HANDLER);
        assertThatThrownBy(() -> briefings.openings(secret, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        f.as(OFFICE);
        assertThat(briefingOpenings(secret)).extracting(ConfidentialOpening::username).containsExactly(f.obs1);
        assertThat(refusal(() -> briefings.openings(Long.MAX_VALUE, PageRequest.of(0, 10))).key())
                .isEqualTo("briefing.error.notFound");
    }

    @Test
    void a_confidential_activity_carries_its_mark_and_the_office_sees_who_read_it() {
        long plain = activity(10, "2026-06-25T14:30", "2026-06-24T18:00");
        long secret = confidentialActivity();
        f.as(OFFICE);
        assertThat(activities.detail(secret).summary().confidential()).isTrue();
        assertThat(activities.list(PageRequest.of(0, 100)).stream().filter(a -> a.id() == secret))
                .singleElement().satisfies(a -> assertThat(a.confidential()).isTrue());
        assertThat(events.stream(Notice.class).filter(n -> n.link().equals("activities/" + secret))).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.activity.created.confidential");
                    assertThat(n.args()).containsExactly("2026-06-25");
                });

        f.as(f.obs1);
        clock.advance(Duration.ofMinutes(30));
        assertThat(activities.detail(secret).summary().confidential()).isTrue();
        assertThat(activities.detail(plain).summary().confidential()).isFalse();
        assertThatThrownBy(() -> activities.openings(secret, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        f.as(f.liaison1);
        assertThat(refusal(() -> activities.detail(secret)).key()).as("for observers only").isEqualTo("activity.error.notFound");

        f.as(OFFICE);
        assertThat(activities.openings(secret, PageRequest.of(0, 10)).getContent()).singleElement().satisfies(o -> {
            assertThat(o.username()).isEqualTo(f.obs1);
            assertThat(o.openedAt()).isEqualTo(clock.instant());
        });
        assertThat(activities.openings(plain, PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
