package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.StatementLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbench counts: each role's figures come from one statement, say what the filtered lists
 * show, and count only the caller's own (a department's unit, a submitter's items).
 */
abstract class WorkCountsContract extends SubmissionFlowTest {

    @Test
    void the_office_counts_what_its_filtered_lists_show_in_one_statement() {
        flow.as(OFFICE);
        OfficeCounts before = office.counts();
        flow.inState(SubmissionState.SUBMITTED);
        flow.inState(SubmissionState.RETURNED);
        flow.inState(SubmissionState.EXTENSION_REQUESTED);
        flow.inState(SubmissionState.REPLIED);
        flow.as(OFFICE);
        OfficeCounts after = office.counts();
        assertThat(after.triage()).isEqualTo(before.triage() + 1);
        assertThat(after.returned()).isEqualTo(before.returned() + 1);
        assertThat(after.extensionRequests()).isEqualTo(before.extensionRequests() + 1);
        assertThat(after.repliesToReview()).isEqualTo(before.repliesToReview() + 1);
        assertThat(after.triage()).isEqualTo(inboxSize(SubmissionState.SUBMITTED));
        assertThat(after.returned()).isEqualTo(inboxSize(SubmissionState.RETURNED));
        assertThat(after.extensionRequests()).isEqualTo(inboxSize(SubmissionState.EXTENSION_REQUESTED));
        assertThat(after.repliesToReview()).isEqualTo(inboxSize(SubmissionState.REPLIED));

        StatementLog.Recorded<OfficeCounts> recorded = StatementLog.record(office::counts);
        assertThat(recorded.statements()).hasSize(1);
        assertThat(recorded.result()).isEqualTo(after);
    }

    @Test
    void due_soon_and_overdue_match_the_supervision_list_narrowed_to_each_light() {
        SubmissionDetail item = flow.inState(SubmissionState.SIGNED);
        flow.as(OFFICE);
        clock.set(item.deadline().atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().plus(Duration.ofHours(9)));
        OfficeCounts onTheDay = office.counts();
        List<Long> dueSoon = ids(office.supervision(DeadlineStatus.DUE_SOON, 0, 10_000));
        assertThat(dueSoon).contains(item.id());
        assertThat(onTheDay.dueSoon()).isEqualTo(dueSoon.size());
        assertThat(onTheDay.overdue()).isEqualTo(office.supervision(DeadlineStatus.OVERDUE, 0, 10_000).size());

        clock.advance(Duration.ofDays(1));
        OfficeCounts dayAfter = office.counts();
        List<Long> overdue = ids(office.supervision(DeadlineStatus.OVERDUE, 0, 10_000));
        assertThat(overdue).contains(item.id());
        assertThat(ids(office.supervision(DeadlineStatus.DUE_SOON, 0, 10_000))).doesNotContain(item.id());
        assertThat(dayAfter.overdue()).isEqualTo(overdue.size());
        assertThat(dayAfter.dueSoon()).isEqualTo(office.supervision(DeadlineStatus.DUE_SOON, 0, 10_000).size());

        flow.as(LEAD);
        DepartmentCounts lead = departments.counts();
        assertThat(lead.answerOverdue()).isEqualTo(departments.tasks(DepartmentTask.ANSWER, 0, 10_000).stream()
                .filter(s -> s.deadlineStatus() == DeadlineStatus.OVERDUE).count()).isPositive();
    }

    @Test
    void a_department_counts_only_its_own_units_items_in_one_statement_after_its_unit() {
        flow.as(OTHER_DEPT);
        DepartmentCounts otherBefore = departments.counts();
        flow.as(LEAD);
        DepartmentCounts leadBefore = departments.counts();
        flow.as(CO);
        DepartmentCounts coBefore = departments.counts();

        flow.inState(SubmissionState.ASSIGNED);
        SubmissionDetail signed = flow.inState(SubmissionState.SIGNED);
        flow.as(CO);
        departments.coInput(signed.id(), signed.version(), "本局已完成数据核查。");

        flow.as(LEAD);
        DepartmentCounts lead = departments.counts();
        assertThat(lead.toSign()).isEqualTo(leadBefore.toSign() + 1);
        assertThat(lead.toAnswer()).isEqualTo(leadBefore.toAnswer() + 1);
        assertThat(lead.toSign()).isEqualTo(departments.tasks(DepartmentTask.SIGN, 0, 10_000).size());
        assertThat(lead.toAnswer()).isEqualTo(departments.tasks(DepartmentTask.ANSWER, 0, 10_000).size());
        assertThat(lead.inputAsked()).isEqualTo(departments.tasks(DepartmentTask.INPUT, 0, 10_000).size());
        flow.as(CO);
        DepartmentCounts co = departments.counts();
        assertThat(co.inputAsked()).as("input given on one item, still asked on the other")
                .isEqualTo(coBefore.inputAsked() + 1);
        assertThat(co.inputAsked()).isEqualTo(departments.tasks(DepartmentTask.INPUT, 0, 10_000).size());
        assertThat(co.toSign()).isEqualTo(coBefore.toSign());
        flow.as(OTHER_DEPT);
        assertThat(departments.counts()).isEqualTo(otherBefore);

        flow.as(LEAD);
        StatementLog.Recorded<DepartmentCounts> recorded = StatementLog.record(departments::counts);
        assertThat(recorded.result()).isEqualTo(lead);
        assertThat(recorded.statements()).hasSize(2);
        assertThat(recorded.statements().getFirst()).as("the caller's unit").contains("user_account");
    }

    @Test
    void a_submitter_counts_only_own_items_in_one_statement() {
        flow.as(OTHER_OBSERVER);
        MyItemCounts otherBefore = submissions.myCounts();
        flow.as(SUBMITTER);
        Instant from = clock.instant().minus(Duration.ofHours(1));
        Instant to = clock.instant().plus(Duration.ofHours(1));
        MyItemCounts before = submissions.myCounts(from, to);

        flow.inState(SubmissionState.DRAFT);
        flow.inState(SubmissionState.ANSWERED);
        flow.as(SUBMITTER);
        MyItemCounts after = submissions.myCounts(from, to);
        assertThat(after.drafts()).isEqualTo(before.drafts() + 1);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.submittedInPeriod()).isEqualTo(before.submittedInPeriod() + 1);
        assertThat(after.answered())
                .isEqualTo(submissions.mine(new InboxFilter(SubmissionState.ANSWERED, null, null, false), 0, 10_000).size());
        assertThat(after.drafts())
                .isEqualTo(submissions.mine(new InboxFilter(SubmissionState.DRAFT, null, null, false), 0, 10_000).size());
        assertThat(submissions.myCounts().submittedInPeriod()).isZero();

        StatementLog.Recorded<MyItemCounts> recorded = StatementLog.record(() -> submissions.myCounts(from, to));
        assertThat(recorded.statements()).hasSize(1);
        assertThat(recorded.result()).isEqualTo(after);
        flow.as(OTHER_OBSERVER);
        assertThat(submissions.myCounts()).isEqualTo(otherBefore);
    }

    private long inboxSize(SubmissionState state) {
        return office.inbox(new InboxFilter(state, null, null, false), 0, 10_000).size();
    }

    private static List<Long> ids(List<SubmissionSummary> lines) {
        return lines.stream().map(SubmissionSummary::id).toList();
    }
}
