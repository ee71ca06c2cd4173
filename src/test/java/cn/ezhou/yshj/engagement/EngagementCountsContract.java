package cn.ezhou.yshj.engagement;

import static cn.ezhou.yshj.engagement.EngagementFixture.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.StatementLog;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The workbench counts of rounds, briefings and activities: each matches its filtered list, counts
 * only the caller's own, and costs one counting statement.
 */
abstract class EngagementCountsContract {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired EngagementTaskService tasks;
    @Autowired RoundService rounds;
    @Autowired RatingDesk ratings;
    @Autowired BriefingService briefings;
    @Autowired ActivityService activities;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    EngagementFixture f;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.parse("2026-06-15").atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        f = new EngagementFixture(security, accounts, associations);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    long open(String opensOn, String closesOn) {
        f.as(OFFICE);
        return rounds.open(new OpenRound("2026年上半年满意度测评", RoundContract.RATED, null, LocalDate.parse(opensOn),
                LocalDate.parse(closesOn)));
    }

    void rate(String who, long round, String unit, Integer... scores) {
        f.as(who);
        ratings.rate(round, new RatingCommand(unit, java.util.Arrays.asList(scores), null));
    }

    @Test
    void an_observer_counts_rounds_to_rate_unread_briefings_and_activities_open_to_sign_up() {
        f.as(f.obs2);
        MyEngagementCounts otherBefore = tasks.mine();
        f.as(f.obs1);
        MyEngagementCounts before = tasks.mine();

        long round = open("2026-06-15", "2026-06-30");
        f.as(OFFICE);
        long briefing = briefings.publish(new PublishBriefing("二季度营商环境通报", "本季度共受理诉求120件。", true, false, null, null));
        long activity = activities.create(new CreateActivity(ActivityKind.MEETING, "观察员座谈会", "听取意见建议",
                LocalDateTime.parse("2026-06-25T14:30"), "市民之家三楼会议室", 5, LocalDateTime.parse("2026-06-24T18:00"),
                true, false));

        f.as(f.obs1);
        MyEngagementCounts after = tasks.mine();
        assertThat(after).isEqualTo(new MyEngagementCounts(before.roundsToRate() + 1, before.unreadBriefings() + 1,
                before.activitiesOpen() + 1));
        assertThat(rounds.toRate(ALL).map(RoundSummary::id).getContent()).contains(round);
        assertThat(after.roundsToRate()).isEqualTo(rounds.toRate(ALL).getTotalElements());
        assertThat(after.unreadBriefings()).isEqualTo(briefings.unreadByMe(ALL).getTotalElements());
        assertThat(after.activitiesOpen()).isEqualTo(activities.openForSignup(ALL).getTotalElements());

        rate(f.obs1, round, "FGW", 5, 5, 4, 5);
        briefings.open(briefing);
        activities.signUp(activity);
        f.as(f.obs1);
        MyEngagementCounts partly = tasks.mine();
        assertThat(partly.roundsToRate()).as("two departments still to rate").isEqualTo(after.roundsToRate());
        assertThat(partly.unreadBriefings()).isEqualTo(before.unreadBriefings());
        assertThat(partly.activitiesOpen()).isEqualTo(before.activitiesOpen());
        rate(f.obs1, round, "RSJ", 4, 4, 4, 4);
        rate(f.obs1, round, "XZSPJ", 3, 4, 4, 4);
        f.as(f.obs1);
        assertThat(tasks.mine().roundsToRate()).isEqualTo(before.roundsToRate());

        f.as(f.obs2);
        MyEngagementCounts other = tasks.mine();
        assertThat(other.roundsToRate()).isEqualTo(otherBefore.roundsToRate() + 1);
        assertThat(other.unreadBriefings()).isEqualTo(otherBefore.unreadBriefings() + 1);

        f.as(f.obs1);
        StatementLog.Recorded<MyEngagementCounts> recorded = StatementLog.record(tasks::mine);
        assertThat(recorded.statements()).hasSize(1);
    }

    @Test
    void a_liaison_counts_the_rounds_of_its_association_in_one_counting_statement() {
        long round = open("2026-06-15", "2026-06-30");
        f.as(f.liaison1);
        MyEngagementCounts before = tasks.mine();
        assertThat(rounds.toRate(ALL).map(RoundSummary::id).getContent()).contains(round);
        rate(f.liaison2, round, "FGW", 5, 5, 4, 5);
        rate(f.liaison2, round, "RSJ", 5, 5, 4, 5);
        rate(f.liaison2, round, "XZSPJ", 5, 5, 4, 5);
        f.as(f.liaison1);
        assertThat(tasks.mine().roundsToRate()).as("the association has rated every department")
                .isEqualTo(before.roundsToRate() - 1).isEqualTo(rounds.toRate(ALL).getTotalElements());

        List<String> statements = StatementLog.record(tasks::mine).statements();
        assertThat(statements).as("membership lookups, then one count")
                .filteredOn(sql -> sql.contains("briefing_receipt")).hasSize(1);
        assertThat(statements.getLast()).contains("briefing_receipt").contains("activity").contains("satisfaction_round");
    }
}
