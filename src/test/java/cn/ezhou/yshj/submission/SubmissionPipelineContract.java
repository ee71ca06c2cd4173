package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.Notice;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The pipeline's behaviour beyond the rule table: drafts, scope, identity, deadlines, the watch, notices. */
@RecordApplicationEvents
abstract class SubmissionPipelineContract extends SubmissionFlowTest {

    @Autowired
    CommonProblems problems;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    ApplicationEvents events;
    @Autowired
    cn.ezhou.yshj.audit.AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private List<Notice> noticesTo(String username, String key) {
        return events.stream(Notice.class).filter(n -> n.recipients().contains(username) && n.messageKey().equals(key)).toList();
    }

    @Test
    void the_whole_way_from_draft_to_closed_with_one_reopening() {
        String token = token();
        flow.as(SUBMITTER);
        SubmissionDetail draft = submissions.saveDraft(draft(token, "开办企业材料重复提交"));
        assertThat(draft.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(submissions.latestDraft()).map(SubmissionDetail::id).contains(draft.id());
        SubmissionDetail first = submissions.submit(draft(token, "开办企业材料重复提交"));
        SubmissionDetail again = submissions.submit(draft(token, "开办企业材料重复提交"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(first.reference()).matches("SQ\\d{4}-\\d{6}");
        assertThat(submissions.timeline(first.id())).filteredOn(e -> e.action().equals("SUBMIT")).hasSize(1);
        assertThat(noticesTo(OFFICE, "notice.submission.new")).hasSize(1);

        flow.as(OFFICE);
        SubmissionDetail d = office.assign(first.id(), first.version(), new AssignCommand(LEAD_UNIT, List.of(CO_UNIT), false));
        assertThat(noticesTo(LEAD, "notice.submission.assigned")).hasSize(1);
        assertThat(noticesTo(CO, "notice.submission.coAssigned")).hasSize(1);
        flow.as(LEAD);
        d = departments.sign(d.id(), d.version());
        assertThat(noticesTo(SUBMITTER, "notice.submission.signed")).hasSize(1);
        flow.as(CO);
        d = departments.coInput(d.id(), d.version(), "市科技局：材料共享已打通");
        flow.as(LEAD);
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已取消复印件要求。"));
        flow.as(SUBMITTER);
        assertThat(submissions.detail(d.id()).replyText()).as("not visible before the office approves").isNull();
        flow.as(OFFICE);
        d = office.approveReply(d.id(), d.version());
        flow.as(SUBMITTER);
        d = submissions.detail(d.id());
        assertThat(d.replyText()).isEqualTo("已取消复印件要求。");
        assertThat(d.resultType()).isEqualTo(ResultType.RESOLVED);
        assertThatThrownBy(() -> submissions.rate(first.id(), submissions.detail(first.id()).version(), Rating.DISSATISFIED, " "))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.dissatisfiedReason");
        d = submissions.rate(d.id(), d.version(), Rating.DISSATISFIED, "窗口仍然要求复印件");
        assertThat(d.state()).isEqualTo(SubmissionState.ANSWERED);
        assertThat(noticesTo(OFFICE, "notice.submission.dissatisfied")).hasSize(1);

        flow.as(OFFICE);
        d = office.reopen(d.id(), d.version(), "请核实窗口执行情况");
        assertThat(d.state()).isEqualTo(SubmissionState.ASSIGNED);
        assertThat(d.reopenCount()).isEqualTo(1);
        flow.as(LEAD);
        d = departments.sign(d.id(), d.version());
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已通报窗口并复查。"));
        flow.as(OFFICE);
        d = office.approveReply(d.id(), d.version());
        flow.as(SUBMITTER);
        d = submissions.rate(d.id(), d.version(), Rating.SATISFIED, "好");
        assertThat(d.state()).isEqualTo(SubmissionState.CLOSED);
        assertThat(d.closedAt()).isNotNull();

        flow.as(SUBMITTER);
        List<String> seen = submissions.timeline(d.id()).stream().map(TimelineEntry::action).toList();
        assertThat(seen).containsExactly("SUBMIT", "ASSIGN", "SIGN", "APPROVE_REPLY", "RATE", "REOPEN", "SIGN",
                "APPROVE_REPLY", "RATE");
        flow.as(OFFICE);
        assertThat(submissions.timeline(d.id())).extracting(TimelineEntry::action).contains("CO_INPUT", "REPLY");
    }

    @Test
    void a_dissatisfied_item_is_reopened_only_once() {
        SubmissionDetail d = flow.dissatisfied();
        flow.as(OFFICE);
        d = office.reopen(d.id(), d.version(), "重办");
        flow.as(LEAD);
        d = departments.sign(d.id(), d.version());
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.EXPLAINED, "解释"));
        flow.as(OFFICE);
        d = office.approveReply(d.id(), d.version());
        flow.as(SUBMITTER);
        d = submissions.rate(d.id(), d.version(), Rating.DISSATISFIED, "仍不满意");
        flow.as(OFFICE);
        long id = d.id();
        long version = d.version();
        assertThat(d.actions()).doesNotContain(SubmissionAction.REOPEN);
        assertThatThrownBy(() -> office.reopen(id, version, "再次重办"))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.reopenedOnce");
        assertThat(office.close(id, version, "已两次办理，按程序办结").state()).isEqualTo(SubmissionState.CLOSED);
    }

    @Test
    void departments_and_other_submitters_cannot_reach_an_item_that_is_not_theirs() {
        SubmissionDetail d = flow.inState(SubmissionState.ASSIGNED);
        for (String outsider : List.of(OTHER_OBSERVER, ASSOCIATION, OTHER_DEPT)) {
            flow.as(outsider);
            assertThatThrownBy(() -> submissions.detail(d.id())).isInstanceOf(Refusal.class)
                    .hasMessage("submission.error.notFound");
            assertThatThrownBy(() -> submissions.timeline(d.id())).isInstanceOf(Refusal.class);
        }
        flow.as(OTHER_DEPT);
        assertThatThrownBy(() -> departments.sign(d.id(), d.version())).isInstanceOf(Refusal.class);
        flow.as(OFFICE);
        assertThat(audit.page(org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
                .as("the refused attempt stays on record although its transaction rolled back")
                .anyMatch(a -> a.username().equals(OTHER_DEPT) && a.action().equals("SUBMISSION_READ")
                        && a.result().equals("REFUSED") && a.objectId().equals(String.valueOf(d.id())));
        flow.as(OTHER_DEPT);
        assertThat(departments.inbox(InboxFilter.none(), 0, 500)).extracting(SubmissionSummary::id).doesNotContain(d.id());
        flow.as(OTHER_OBSERVER);
        assertThat(submissions.mine(InboxFilter.none(), 0, 500)).extracting(SubmissionSummary::id).doesNotContain(d.id());
        flow.as(LEAD);
        assertThat(departments.inbox(InboxFilter.none(), 0, 500)).extracting(SubmissionSummary::id).contains(d.id());
        flow.as(CO);
        assertThat(departments.inbox(new InboxFilter(null, null, null, true), 0, 500)).extracting(SubmissionSummary::id)
                .contains(d.id());
        flow.as(SUBMITTER);
        assertThat(submissions.mine(InboxFilter.none(), 0, 500)).extracting(SubmissionSummary::id).contains(d.id());
    }

    @Test
    void one_association_never_reaches_another_associations_item() {
        flow.actors.ensure("assoc-two", null, "ASSOCIATION");
        flow.as(ASSOCIATION);
        SubmissionDetail d = submissions.submit(new DraftCommand(token(), SubmissionType.SUGGESTION, "MARKET", null,
                "会员企业融资难", "建议设立应急转贷资金。", null, false));
        assertThat(d.submitterLabel()).contains("(SH-");
        flow.actors.as("assoc-two", "ASSOCIATION");
        assertThatThrownBy(() -> submissions.detail(d.id())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> submissions.rate(d.id(), d.version(), Rating.SATISFIED, null)).isInstanceOf(Refusal.class);
        assertThat(submissions.mine(InboxFilter.none(), 0, 500)).extracting(SubmissionSummary::id).doesNotContain(d.id());
        flow.as(SUBMITTER);
        assertThatThrownBy(() -> submissions.detail(d.id())).isInstanceOf(Refusal.class);
    }

    @Test
    void departments_see_a_pseudonym_until_the_office_reveals_the_submitter() {
        SubmissionDetail d = flow.inState(SubmissionState.ASSIGNED);
        flow.as(LEAD);
        SubmissionDetail seen = submissions.detail(d.id());
        assertThat(seen.submitterLabel()).matches("GCY-[A-HJKMNP-Z2-9]{6}");
        SubmissionDetail next = flow.inState(SubmissionState.ASSIGNED);
        flow.as(LEAD);
        assertThat(submissions.detail(next.id()).submitterLabel()).as("the same person, another name per item")
                .matches("GCY-[A-HJKMNP-Z2-9]{6}").isNotEqualTo(seen.submitterLabel());
        assertThat(seen.submitterName()).isNull();
        assertThat(seen.submitterContact()).isNull();
        assertThat(submissions.timeline(d.id()).getFirst().actor()).isEqualTo(seen.submitterLabel());
        assertThat(departments.inbox(InboxFilter.none(), 0, 500)).filteredOn(s -> s.id() == d.id())
                .extracting(SubmissionSummary::submitterLabel).containsExactly(seen.submitterLabel());
        flow.as(OFFICE);
        SubmissionDetail forOffice = submissions.detail(d.id());
        String name = forOffice.submitterName();
        assertThat(name).isNotBlank();
        office.revealIdentity(d.id(), forOffice.version(), "需当面核实");
        flow.as(LEAD);
        assertThat(submissions.detail(d.id()).submitterName()).isEqualTo(name);
        assertThat(submissions.timeline(d.id()).getFirst().actor()).isEqualTo(SUBMITTER);
    }

    @Test
    void deadlines_count_working_days_across_the_national_day_holiday() {
        at("2026-09-29");
        SubmissionDetail complaint = flow.submitted();
        flow.as(OFFICE);
        // 9-30, 10-8, 10-9, 10-10 (adjusted Saturday), 10-12
        assertThat(office.assign(complaint.id(), complaint.version(), new AssignCommand(LEAD_UNIT, List.of(), false))
                .deadline()).isEqualTo(LocalDate.parse("2026-10-12"));
        SubmissionDetail urgent = flow.submitted();
        flow.as(OFFICE);
        assertThat(office.assign(urgent.id(), urgent.version(), new AssignCommand(LEAD_UNIT, List.of(), true))
                .deadline()).isEqualTo(LocalDate.parse("2026-10-08"));
        flow.as(SUBMITTER);
        SubmissionDetail suggestion = submissions.submit(new DraftCommand(token(), SubmissionType.SUGGESTION, "MARKET",
                null, "建议", "内容", null, false));
        flow.as(OFFICE);
        assertThat(office.assign(suggestion.id(), suggestion.version(), new AssignCommand(LEAD_UNIT, List.of(), false))
                .deadline()).isEqualTo(LocalDate.parse("2026-10-19"));
    }

    @Test
    void the_watch_warns_before_the_deadline_supervises_after_it_and_never_twice() {
        at("2026-09-29");
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED); // complaint, due 2026-10-12
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + d.id())).isEmpty();
        at("2026-10-09"); // working days left: 10-10, 10-12
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        flow.as(OFFICE);
        assertThat(submissions.detail(d.id()).deadlineStatus()).isEqualTo(DeadlineStatus.DUE_SOON);
        at("2026-10-12");
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.supervision")).filteredOn(n -> n.link().endsWith("/" + d.id())).isEmpty();
        at("2026-10-13");
        watch.run();
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.supervision")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        flow.as(OFFICE);
        assertThat(submissions.detail(d.id()).deadlineStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(office.supervision(0, 500)).extracting(SubmissionSummary::id).contains(d.id());
        assertThat(submissions.timeline(d.id())).extracting(TimelineEntry::action).containsSubsequence("WARNING", "SUPERVISION");
    }

    @Test
    void the_watchs_marks_do_not_refuse_a_department_that_opened_the_item_before_them() {
        at("2026-10-09");
        SubmissionDetail toSign = flow.inState(SubmissionState.ASSIGNED); // to sign by 10-10, a working Saturday
        SubmissionDetail toAnswer = flow.inState(SubmissionState.SIGNED); // a complaint, due 2026-10-15
        at("2026-10-12");
        watch.run(); // signing late: marked, told
        flow.as(LEAD);
        SubmissionDetail signed = departments.sign(toSign.id(), toSign.version());
        assertThat(signed.state()).isEqualTo(SubmissionState.SIGNED);

        at("2026-10-14"); // the deadline is within two working days: warned
        watch.run();
        at("2026-10-16"); // past it: supervised
        watch.run();
        flow.as(LEAD);
        SubmissionDetail replied = departments.reply(toAnswer.id(), toAnswer.version(),
                new ReplyCommand(ResultType.RESOLVED, "已现场核查并整改。"));
        assertThat(replied.state()).isEqualTo(SubmissionState.REPLIED);
        assertThat(jdbc.queryForObject("select count(*) from submission where id = ? and warned_at is not null"
                + " and supervised_at is not null", Long.class, toAnswer.id())).as("the reply keeps the marks").isOne();
        flow.as(OFFICE);
        assertThat(submissions.timeline(toAnswer.id())).extracting(TimelineEntry::action)
                .containsSubsequence("WARNING", "SUPERVISION", "REPLY");
        assertThat(submissions.timeline(toSign.id())).extracting(TimelineEntry::action)
                .containsSubsequence("SIGN_LATE", "SIGN");

        flow.as(LEAD); // a change by a person still makes the version seen before it stale
        assertThatThrownBy(() -> departments.reply(toAnswer.id(), toAnswer.version(),
                new ReplyCommand(ResultType.RESOLVED, "再次答复")))
                .isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
    }

    @Test
    void a_reply_whose_transaction_read_the_item_before_the_watch_marked_it_keeps_the_mark() {
        at("2026-10-09");
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED); // a complaint, due 2026-10-15
        at("2026-10-14");
        flow.as(LEAD);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            SubmissionDetail seen = submissions.detail(d.id()); // read in this transaction, before the warning
            CompletableFuture.runAsync(watch::run).orTimeout(60, TimeUnit.SECONDS).join(); // warns and commits
            departments.reply(d.id(), seen.version(), new ReplyCommand(ResultType.RESOLVED, "已现场核查并整改。"));
        });
        assertThat(jdbc.queryForObject("select count(*) from submission where id = ? and warned_at is not null"
                + " and state = 'REPLIED'", Long.class, d.id())).as("only the reply's own columns are written").isOne();
    }

    @Test
    void triage_and_signing_each_have_one_working_day_and_lateness_is_told_once() {
        at("2026-09-29"); // the next working day is 09-30, then the national-day holiday until 10-07
        SubmissionDetail d = flow.submitted();
        at("2026-09-30");
        watch.run();
        assertThat(noticesTo(OFFICE, "notice.submission.triageLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).isEmpty();
        at("2026-10-08");
        watch.run();
        watch.run();
        assertThat(noticesTo(OFFICE, "notice.submission.triageLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        flow.as(OFFICE);
        assertThat(submissions.timeline(d.id())).extracting(TimelineEntry::action).contains("TRIAGE_LATE");
        long triageLate = office.counts().triageLate();
        assertThat(triageLate).isPositive();
        SubmissionDetail assigned = office.assign(d.id(), flow.current(d.id()).version(),
                new AssignCommand(LEAD_UNIT, List.of(), false));
        assertThat(office.counts().triageLate()).as("triaged, no longer waiting").isEqualTo(triageLate - 1);

        at("2026-10-09");
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.signLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).isEmpty();
        flow.as(LEAD);
        long signLate = departments.counts().signLate();
        at("2026-10-10"); // an adjusted working Saturday
        watch.run();
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.signLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        assertThat(noticesTo(OFFICE, "notice.submission.signLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
        long version = flow.current(d.id()).version();
        flow.as(LEAD);
        assertThat(departments.counts().signLate()).isGreaterThanOrEqualTo(signLate + 1);
        long lateNow = departments.counts().signLate();
        departments.sign(assigned.id(), version);
        assertThat(departments.counts().signLate()).isEqualTo(lateNow - 1);
        assertThat(submissions.timeline(d.id())).extracting(TimelineEntry::action)
                .containsSubsequence("TRIAGE_LATE", "ASSIGN", "SIGN_LATE", "SIGN");
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.signLate")).filteredOn(n -> n.link().endsWith("/" + d.id())).hasSize(1);
    }

    @Test
    void one_item_that_fails_does_not_stop_the_warnings_for_the_others() {
        at("2026-09-29");
        SubmissionDetail bad = flow.inState(SubmissionState.SIGNED); // complaints, due 2026-10-12
        SubmissionDetail good = flow.inState(SubmissionState.SIGNED);
        // A damaged row: its notice cannot be written without a reference number.
        jdbc.update("update submission set reference_no = null where id = ?", bad.id());
        try {
            at("2026-10-09");
            watch.run();
            assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + good.id())).hasSize(1);
            assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + bad.id())).isEmpty();
            flow.as(OFFICE);
            assertThat(submissions.timeline(bad.id())).extracting(TimelineEntry::action).doesNotContain("WARNING");
        } finally {
            jdbc.update("update submission set reference_no = ? where id = ?", bad.reference(), bad.id());
        }
        watch.run();
        assertThat(noticesTo(LEAD, "notice.submission.dueSoon")).filteredOn(n -> n.link().endsWith("/" + bad.id())).hasSize(1);
    }

    @Test
    void an_approved_extension_moves_the_deadline_and_a_date_before_it_is_refused() {
        SubmissionDetail d = flow.inState(SubmissionState.SIGNED);
        flow.as(LEAD);
        long id = d.id();
        long version = d.version();
        LocalDate deadline = d.deadline();
        assertThatThrownBy(() -> departments.requestExtension(id, version, deadline, "需要时间"))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.extensionDate");
        assertThatThrownBy(() -> departments.requestExtension(id, version, deadline.plusDays(7), " "))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.reason");
        d = departments.requestExtension(id, version, deadline.plusDays(7), "需要现场核查");
        flow.as(OFFICE);
        d = office.decideExtension(d.id(), d.version(), true, null);
        assertThat(d.deadline()).isEqualTo(deadline.plusDays(7));
        assertThat(d.state()).isEqualTo(SubmissionState.SIGNED);
        assertThat(noticesTo(LEAD, "notice.submission.extensionApproved")).hasSize(1);
    }

    @Test
    void no_rating_within_seven_days_closes_the_item_as_basically_satisfied_marked_defaulted() {
        SubmissionDetail d = flow.inState(SubmissionState.ANSWERED);
        clock.advance(Duration.ofDays(6));
        watch.run();
        assertThat(flow.current(d.id()).state()).isEqualTo(SubmissionState.ANSWERED);
        clock.advance(Duration.ofDays(2));
        watch.run();
        SubmissionDetail closed = flow.current(d.id());
        assertThat(closed.state()).isEqualTo(SubmissionState.CLOSED);
        assertThat(closed.rating()).isEqualTo(Rating.BASICALLY_SATISFIED);
        assertThat(closed.ratingDefaulted()).isTrue();
    }

    @Test
    void a_returned_item_goes_back_to_triage_and_can_go_to_another_department() {
        SubmissionDetail d = flow.inState(SubmissionState.RETURNED);
        assertThat(noticesTo(OFFICE, "notice.submission.returned")).hasSize(1);
        flow.as(OFFICE);
        d = office.acceptReturn(d.id(), d.version(), "改派");
        assertThat(d.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(d.leadUnit()).isNull();
        flow.as(LEAD);
        long id = d.id();
        assertThatThrownBy(() -> submissions.detail(id)).isInstanceOf(Refusal.class);
        flow.as(OFFICE);
        d = office.assign(d.id(), d.version(), new AssignCommand("RSJ", List.of(), false));
        flow.as(OTHER_DEPT);
        assertThat(submissions.detail(d.id()).actions()).contains(SubmissionAction.SIGN);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_changes_nothing() {
        flow.as(SUBMITTER);
        assertThatThrownBy(() -> submissions.submit(draft(token(), " ")))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.title");
        assertThatThrownBy(() -> submissions.submit(draft(token(), "标".repeat(201))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("submission.error.titleLength");
        assertThatThrownBy(() -> submissions.submit(new DraftCommand(token(), SubmissionType.LEAD, "WEATHER", null,
                "标题", "正文", null, false))).isInstanceOf(Refusal.class).hasMessage("submission.error.domain");
        SubmissionDetail d = flow.submitted();
        flow.as(OFFICE);
        long id = d.id();
        long version = d.version();
        assertThatThrownBy(() -> office.assign(id, version, new AssignCommand("CITY", List.of(), false)))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.notResponsible");
        assertThatThrownBy(() -> office.assign(id, version, new AssignCommand(LEAD_UNIT, List.of(LEAD_UNIT), false)))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.coIsLead");
        assertThatThrownBy(() -> office.reject(id, version, "  ")).isInstanceOf(Refusal.class)
                .hasMessage("submission.error.reason");
        assertThatThrownBy(() -> office.merge(id, version, d.reference())).isInstanceOf(Refusal.class)
                .hasMessage("submission.error.mergeTarget");
        assertThatThrownBy(() -> office.reject(id, version - 1, "理由")).isInstanceOf(Refusal.class)
                .hasMessage("error.concurrentEdit");
        SubmissionDetail unchanged = submissions.detail(id);
        assertThat(unchanged.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(submissions.timeline(id)).hasSize(1);
    }

    @Test
    void the_office_registers_an_item_from_another_channel_and_closes_it_after_the_answer() {
        flow.as(OFFICE);
        assertThatThrownBy(() -> office.register(new RegisterCommand("CARRIER_PIGEON", null, "张先生", null,
                SubmissionType.COMPLAINT, "GOVERNMENT", null, "标题", "正文", false)))
                .isInstanceOf(Refusal.class).hasMessage("submission.error.channel");
        SubmissionDetail d = office.register(new RegisterCommand("HOTLINE", "12345-2026-0001", "张先生", "13800138000",
                SubmissionType.COMPLAINT, "GOVERNMENT", "ECQ", "办证排队时间长", "来电反映办证排队超过两小时。", false));
        assertThat(d.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(d.channelCode()).isEqualTo("HOTLINE");
        assertThat(d.submitterLabel()).startsWith("张先生");
        assertThat(office.inbox(new InboxFilter(SubmissionState.SUBMITTED, null, null, false), 0, 50))
                .extracting(SubmissionSummary::id).contains(d.id());
        d = office.assign(d.id(), d.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        flow.as(LEAD);
        d = departments.sign(d.id(), d.version());
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.IN_PROGRESS, "增设窗口"));
        flow.as(OFFICE);
        d = office.approveReply(d.id(), d.version());
        assertThat(d.actions()).contains(SubmissionAction.CLOSE).doesNotContain(SubmissionAction.REOPEN);
        assertThat(office.close(d.id(), d.version(), "已电话回访").state()).isEqualTo(SubmissionState.CLOSED);
    }

    @Test
    void items_linked_to_a_common_problem_close_together_with_one_rectification_note() {
        SubmissionDetail a = flow.inState(SubmissionState.SIGNED);
        SubmissionDetail b = flow.inState(SubmissionState.SUBMITTED);
        SubmissionDetail done = flow.inState(SubmissionState.CLOSED);
        flow.as(OFFICE);
        assertThatThrownBy(() -> problems.create("重复提交材料", List.of(a.reference())))
                .isInstanceOf(Refusal.class).hasMessage("problem.error.twoItems");
        assertThatThrownBy(() -> problems.create("重复提交材料", List.of(a.reference(), done.reference())))
                .isInstanceOf(Refusal.class).hasMessage("problem.error.itemFinished");
        CommonProblemRecord p = problems.create("重复提交材料", List.of(a.reference(), b.reference()));
        assertThat(p.items()).hasSize(2);
        p = problems.close(p.id(), p.version(), "全市推行材料共享，取消复印件。");
        assertThat(p.closedAt()).isNotNull();
        assertThat(flow.current(a.id()).state()).isEqualTo(SubmissionState.CLOSED);
        assertThat(flow.current(b.id()).state()).isEqualTo(SubmissionState.CLOSED);
        flow.as(SUBMITTER);
        assertThat(submissions.timeline(a.id())).last().extracting(TimelineEntry::detail)
                .isEqualTo("全市推行材料共享，取消复印件。");
        flow.as(OFFICE);
        long pid = p.id();
        long pv = p.version();
        assertThatThrownBy(() -> problems.close(pid, pv, "再次")).isInstanceOf(Refusal.class);
    }
}
