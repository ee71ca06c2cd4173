package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list pages and the timeline read records, not items: each line must say what the item's own
 * page says, and the timeline keeps its scope for items without lines.
 */
abstract class SubmissionListsContract extends SubmissionFlowTest {

    @Test
    void a_line_shows_what_the_item_page_shows_to_the_same_viewer() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(OFFICE);
        assertLine(office.inbox(InboxFilter.none(), 0, 500), submissions.detail(d.id()));
        flow.as(LEAD);
        SubmissionDetail forLead = submissions.detail(d.id());
        assertThat(forLead.submitterLabel()).matches("GCY-[A-HJKMNP-Z2-9]{6}");
        assertLine(departments.inbox(InboxFilter.none(), 0, 500), forLead);
        flow.as(CO);
        assertLine(departments.inbox(new InboxFilter(null, null, null, true), 0, 500), submissions.detail(d.id()));
        flow.as(SUBMITTER);
        assertLine(submissions.mine(InboxFilter.none(), 0, 500), submissions.detail(d.id()));
    }

    @Test
    void filters_and_pages_keep_their_meaning() {
        SubmissionDetail open = flow.inState(SubmissionState.ASSIGNED);
        SubmissionDetail done = flow.inState(SubmissionState.CLOSED);
        SubmissionDetail fresh = flow.submitted();
        flow.as(OFFICE);
        assertThat(ids(office.inbox(new InboxFilter(SubmissionState.SUBMITTED, null, null, false), 0, 500)))
                .contains(fresh.id()).doesNotContain(open.id(), done.id());
        assertThat(ids(office.inbox(new InboxFilter(null, null, LEAD_UNIT, false), 0, 500)))
                .contains(open.id(), done.id()).doesNotContain(fresh.id());
        assertThat(ids(office.inbox(new InboxFilter(null, null, null, true), 0, 500)))
                .contains(open.id(), fresh.id()).doesNotContain(done.id());
        assertThat(ids(office.inbox(new InboxFilter(null, SubmissionType.SUGGESTION, null, false), 0, 500)))
                .doesNotContain(open.id(), done.id(), fresh.id());
        List<Long> all = ids(office.inbox(InboxFilter.none(), 0, 500));
        assertThat(all).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(office.inbox(InboxFilter.none(), 1, 2))).isEqualTo(all.subList(1, 3));
        flow.as(LEAD);
        assertThat(ids(departments.inbox(InboxFilter.none(), 0, 500))).contains(open.id(), done.id());
        assertThat(ids(departments.inbox(new InboxFilter(null, null, null, true), 0, 500)))
                .contains(open.id()).doesNotContain(done.id());
        assertThat(ids(departments.inbox(new InboxFilter(SubmissionState.CLOSED, null, null, false), 0, 500)))
                .contains(done.id()).doesNotContain(open.id());
        flow.as(SUBMITTER);
        assertThat(ids(submissions.mine(new InboxFilter(SubmissionState.CLOSED, null, null, false), 0, 500)))
                .contains(done.id()).doesNotContain(open.id(), fresh.id());
    }

    @Test
    void a_draft_has_an_empty_timeline_and_a_missing_item_none_at_all() {
        SubmissionDetail draft = flow.inState(SubmissionState.DRAFT);
        flow.as(SUBMITTER);
        assertThat(submissions.timeline(draft.id())).isEmpty();
        flow.as(OTHER_OBSERVER);
        assertThatThrownBy(() -> submissions.timeline(draft.id())).isInstanceOf(Refusal.class)
                .hasMessage("submission.error.notFound");
        flow.as(OFFICE);
        assertThatThrownBy(() -> submissions.timeline(Long.MAX_VALUE)).isInstanceOf(Refusal.class)
                .hasMessage("submission.error.notFound");
    }

    private static List<Long> ids(List<SubmissionSummary> lines) {
        return lines.stream().map(SubmissionSummary::id).toList();
    }

    private static void assertLine(List<SubmissionSummary> lines, SubmissionDetail d) {
        SubmissionSummary line = lines.stream().filter(s -> s.id() == d.id()).findFirst().orElseThrow();
        assertThat(line).isEqualTo(new SubmissionSummary(d.id(), d.reference(), d.type(), d.domainCode(), d.title(),
                d.state(), d.leadUnit(), d.deadline(), d.deadlineStatus(), d.submittedAt(), d.createdAt(),
                d.submitterLabel(), d.channelCode(), d.urgent()));
    }
}
