package cn.ezhou.yshj.engagement;

import static cn.ezhou.yshj.engagement.EngagementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.support.Race;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Briefings with read receipts; activities with capacity, the sign-up deadline and attendance. */
abstract class BriefingActivityContract extends RoundResultsContract {

    @Autowired BriefingService briefings;
    @Autowired ActivityService activities;
    @Autowired AttendanceDesk attendance;
    @Autowired AccountDirectory directory;
    @Autowired cn.ezhou.yshj.base.ObserverRights rights;

    long briefObservers() {
        f.as(OFFICE);
        return briefings.publish(new PublishBriefing("二季度营商环境通报", "本季度共受理诉求120件。", true, false, null, null));
    }

    long activity(int capacity, String startsAt, String deadline) {
        f.as(OFFICE);
        return activities.create(new CreateActivity(ActivityKind.MEETING, "观察员座谈会", "听取意见建议", LocalDateTime.parse(startsAt),
                "市民之家三楼会议室", capacity, LocalDateTime.parse(deadline), true, true));
    }

    BriefingSummary listed(long id) {
        return briefings.list(PageRequest.of(0, 100)).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    @Test
    void recipients_see_a_briefing_unread_until_they_open_it_and_the_office_sees_who_has_not_read() {
        long id = briefObservers();
        // Briefings reach serving observers only; other tests in this database suspend some.
        int observers = rights.serving(directory.usernamesWithRole("OBSERVER")).size();
        f.as(f.obs1);
        assertThat(listed(id).readAt()).isNull();
        clock.advance(Duration.ofHours(2));
        assertThat(briefings.open(id).body()).isEqualTo("本季度共受理诉求120件。");
        assertThat(listed(id).readAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofHours(1));
        briefings.open(id);
        assertThat(briefings.open(id).summary().readAt()).isEqualTo(clock.instant().minus(Duration.ofHours(1)));
        f.as(OFFICE);
        BriefingDetail seen = briefings.open(id);
        assertThat(seen.summary().recipients()).isEqualTo(observers);
        assertThat(seen.summary().read()).isEqualTo(1);
        List<String> unread = briefings.unread(id, PageRequest.of(0, 100)).map(UnreadRecipient::username).getContent();
        assertThat(unread).contains(f.obs2).doesNotContain(f.obs1, f.retired, f.liaison1);
        f.as(f.liaison1);
        assertThat(refusal(() -> briefings.open(id)).key()).isEqualTo("briefing.error.notFound");
        f.as(FGW_HANDLER);
        assertThatThrownBy(() -> briefings.open(id)).isInstanceOf(AccessDeniedException.class);
        f.as(OFFICE);
        assertThat(refusal(() -> briefings.publish(new PublishBriefing("通报", "正文", false, false, null, null))).key())
                .isEqualTo("briefing.error.audienceRequired");
    }

    @Test
    void a_full_activity_refuses_another_sign_up_until_a_place_is_given_back() {
        long id = activity(2, "2026-06-25T14:30", "2026-06-24T18:00");
        f.as(f.obs1);
        activities.signUp(id);
        assertThat(refusal(() -> activities.signUp(id)).key()).isEqualTo("activity.error.alreadySignedUp");
        f.as(f.obs2);
        activities.signUp(id);
        f.as(f.liaison1);
        assertThat(activities.detail(id).maySignUp()).isFalse();
        assertThat(refusal(() -> activities.signUp(id)).key()).isEqualTo("activity.error.full");
        f.as(f.obs1);
        activities.cancel(id);
        f.as(f.liaison1);
        activities.signUp(id);
        assertThat(activities.detail(id).summary().signedUp()).isEqualTo(2);
    }

    @Test
    void two_people_racing_for_the_last_place_get_it_once() throws Exception {
        long id = activity(1, "2026-06-25T14:30", "2026-06-24T18:00");
        List<Callable<Boolean>> racers = List.of(f.obs1, f.obs2).stream().<Callable<Boolean>>map(who -> () -> {
            f.as(who);
            try {
                activities.signUp(id);
                return true;
            } catch (Refusal r) {
                return false;
            } finally {
                security.clearContext();
            }
        }).toList();
        assertThat(Race.run(racers)).containsExactlyInAnyOrder(true, false);
        f.as(OFFICE);
        assertThat(attendance.signups(id, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void sign_up_and_cancel_only_before_the_deadline_and_attendance_only_after_the_start() {
        long id = activity(10, "2026-06-25T14:30", "2026-06-24T18:00");
        f.as(f.obs1);
        activities.signUp(id);
        f.as(OFFICE);
        SignupRecord s = attendance.signups(id, PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(refusal(() -> attendance.record(id, s.id(), s.version(), Attendance.PRESENT)).key())
                .isEqualTo("activity.error.notStarted");
        clock.set(LocalDateTime.parse("2026-06-24T18:00").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        f.as(f.obs1);
        assertThat(refusal(() -> activities.cancel(id)).key()).isEqualTo("activity.error.cancelAfterDeadline");
        f.as(f.obs2);
        assertThat(refusal(() -> activities.signUp(id)).key()).isEqualTo("activity.error.deadlinePassed");
        clock.set(LocalDateTime.parse("2026-06-25T14:30").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        f.as(OFFICE);
        attendance.record(id, s.id(), s.version(), Attendance.PRESENT);
        assertThat(attendance.signups(id, PageRequest.of(0, 10)).getContent().getFirst().attendance())
                .isEqualTo(Attendance.PRESENT);
        f.as(f.obs1);
        assertThat(activities.detail(id).myAttendance()).isEqualTo(Attendance.PRESENT);
        assertThatThrownBy(() -> attendance.record(id, s.id(), s.version(), Attendance.ABSENT))
                .isInstanceOf(AccessDeniedException.class);
    }
}
