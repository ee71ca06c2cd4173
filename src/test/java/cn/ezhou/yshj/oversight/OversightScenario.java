package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Drives items of district 梁子湖区 (LZHQ), all led by 市政府国资委 (GZW) — a district and a
 * department no other test uses — through the real services on chosen days.
 */
public final class OversightScenario {

    public static final String OFFICE = "ov-office";
    public static final String DEPT = "ov-gzw";
    public static final String UNIT = "GZW";
    public static final String SUBMITTER = "ov-observer";
    public static final String ASSOCIATION = "ov-association";
    public static final String DISTRICT = "LZHQ";

    final Actors actors;
    final TestClock clock;
    final SubmissionService submissions;
    final OfficeDesk office;
    final DepartmentDesk department;

    public OversightScenario(SecurityContextHolderStrategy security, UserAccountRepository accounts, TestClock clock,
                      SubmissionService submissions, OfficeDesk office, DepartmentDesk department) {
        this.actors = new Actors(security, accounts).ensure(OFFICE, "OFFICE", "OFFICE").ensure(DEPT, UNIT, "DEPARTMENT")
                .ensure(SUBMITTER, null, "OBSERVER").ensure(ASSOCIATION, null, "ASSOCIATION");
        this.clock = clock;
        this.submissions = submissions;
        this.office = office;
        this.department = department;
    }

    public void as(String username) {
        actors.as(username, switch (username) {
            case OFFICE -> "OFFICE";
            case DEPT -> "DEPARTMENT";
            case ASSOCIATION -> "ASSOCIATION";
            default -> "OBSERVER";
        });
    }

    public void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /** A complaint (5 working days) submitted and assigned to GZW on the day, signed by GZW. */
    public SubmissionDetail assignedOn(String date) {
        at(date);
        as(SUBMITTER);
        SubmissionDetail d = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                "GOVERNMENT", DISTRICT, "国企招标保证金退还慢", "招标保证金在项目结束三个月后仍未退还。", UNIT, false));
        as(OFFICE);
        d = office.assign(d.id(), d.version(), new AssignCommand(UNIT, List.of(), false));
        as(DEPT);
        return department.sign(d.id(), d.version());
    }

    /** GZW replies on the day and the office approves the reply the same day. */
    public SubmissionDetail answeredOn(SubmissionDetail d, String date) {
        at(date);
        as(DEPT);
        d = department.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已督促退还保证金。"));
        as(OFFICE);
        return office.approveReply(d.id(), d.version());
    }

    public SubmissionDetail ratedOn(SubmissionDetail d, String date, Rating rating) {
        at(date);
        as(SUBMITTER);
        return submissions.rate(d.id(), d.version(), rating, rating == Rating.DISSATISFIED ? "仍未退还" : null);
    }

    /** A consultation drafted by GZW for observers, closing 2026-09-01 (answers due 2026-09-21), with two comments. */
    static List<CommentRecord> consultationWithTwoComments(OversightScenario s, ConsultationService consultations,
                                                           CommentDesk comments) {
        s.at("2026-08-01");
        s.as(DEPT);
        long id = consultations.open(new OpenConsultation("国有企业招标管理办法（征求意见稿）", UNIT, "规范国企招标。",
                ArticleSplitter.split("第一条　为规范招标，制定本办法。\n第二条　本办法自发布之日起施行。").parts(), null,
                LocalDate.parse("2026-09-01"), null, Set.of(), Set.of(), true, false, null, null));
        s.as(SUBMITTER);
        comments.comment(id, new CommentCommand(null, "建议明确保证金退还时限。", null, null));
        comments.comment(id, new CommentCommand(null, "建议公开招标结果。", null, null));
        s.as(DEPT);
        return comments.comments(id);
    }

    static void answer(OversightScenario s, AnswerDesk answers, CommentRecord c, String date) {
        s.at(date);
        s.as(DEPT);
        answers.answer(c.id(), c.version(), AnswerOutcome.ADOPTED, null);
    }
}
