package cn.ezhou.yshj.opendata;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.IssuePolicy;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObserverApplication;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.TestIds;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** The steps of the open data story, each through the services as whoever takes it. */
final class Steps {

    static final String DRAFT = """
            鄂州市物流业降本增效若干措施（征求意见稿）
            第一条　为降低物流成本，制定本措施。
            第二条　本措施适用于本市物流企业。
            第三条　对新建冷链仓储设施给予每平方米五十元补贴。
            第四条　本措施自发布之日起施行。
            """;
    static final String UNIT = "FGW";

    private final OpenDataServices s;
    private final Consumer<String> clock;

    Steps(OpenDataServices s, Consumer<String> clock) {
        this.s = s;
        this.clock = clock;
    }

    OpenDataServices services() {
        return s;
    }

    /** Sets the portal's clock to 09:00 in Ezhou on the day. */
    void at(String date) {
        clock.accept(date);
    }

    /** An account with a name and e-mail of its own; both go on the list of what must not appear unless shown on purpose. */
    String account(String username, String displayName, String unit, String role, List<String> personal) {
        if (!s.accounts().existsByUsername(username)) {
            s.accounts().save(new UserAccount(username, displayName, username + "@mail.example.cn", Set.of(role), unit,
                    Instant.parse("2026-01-01T00:00:00Z")));
        }
        personal.add(username);
        personal.add(username + "@mail.example.cn");
        return username;
    }

    /** An observer record the office keeps (ID, mobile, e-mail), never shown to the public. */
    void observerRecord(String name, List<String> personal) {
        String id = TestIds.next();
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "od" + ThreadLocalRandom.current().nextInt(1_000_000) + "@people.example.cn";
        s.observers().nominate(new ObserverApplication(name, Gender.MALE, id, mobile, email, "鄂州某物流有限公司", "经理",
                "ENTREPRENEUR", ObserverLevel.CITY, null, "物流", "市工商联", "参与营商环境监督"));
        personal.addAll(List.of(name, id, IdNumber.of(id).masked(), mobile, new MobileNumber(mobile).masked(), email));
    }

    long association(String name, String liaison) {
        String code = "51" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
        long id = s.associations().save(new AssociationCommand(null, 0, name, AssociationKind.INDUSTRY_ASSOCIATION,
                code + CreditCode.checkCharacter(code), Set.of("LOGISTICS"), 80)).id();
        s.associations().bindLiaison(id, liaison);
        return id;
    }

    long consultation(String title, LocalDate opensOn, LocalDate closesOn, boolean toPublic) {
        return s.consultations().open(new OpenConsultation(title, UNIT, "为落实优化营商环境要求，起草本措施。",
                ArticleSplitter.split(DRAFT).parts(), opensOn, closesOn, null, toPublic ? Set.of("LOGISTICS") : Set.of(),
                Set.of(), true, toPublic, null, null));
    }

    long article(long consultationId, String label) {
        return s.consultations().detail(consultationId).parts().stream().filter(p -> label.equals(p.part().label()))
                .findFirst().orElseThrow().id();
    }

    CommentRecord comment(long consultationId, Long partId, String body) {
        return s.comments().comment(consultationId, new CommentCommand(partId, body, null, partId == null ? null : 35));
    }

    long policy(String title, String text, Long consultationId) {
        return s.policies().issue(new IssuePolicy(title, "鄂发改规〔2027〕" + ThreadLocalRandom.current().nextInt(1000) + "号",
                UNIT, LocalDate.parse("2027-01-10"), true, Set.of("LOGISTICS"), false, "冷链仓储补贴",
                ArticleSplitter.split(text).parts(), consultationId));
    }

    /** A complaint the observer submits and the office, the department and the observer take to CLOSED. */
    SubmissionDetail closedItem(Actors actors, String observer, String officer, String handler) {
        actors.as(observer, "OBSERVER");
        SubmissionDetail d = s.submissions().submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                "GOVERNMENT", "ECQ", "物流园区审批材料重复提交", "企业反映同一材料需向三个窗口重复提交。", UNIT, false));
        actors.as(officer, "OFFICE");
        d = s.office().assign(d.id(), d.version(), new AssignCommand(UNIT, List.of(), false));
        actors.as(handler, "DEPARTMENT");
        d = s.department().sign(d.id(), d.version());
        d = s.department().reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已实行一窗受理。"));
        actors.as(officer, "OFFICE");
        d = s.office().approveReply(d.id(), d.version());
        actors.as(observer, "OBSERVER");
        return s.submissions().rate(d.id(), d.version(), Rating.SATISFIED, null);
    }

    TypicalCaseRecord typicalCase(String reference, String title, boolean publish) {
        TypicalCaseRecord c = s.cases().save(new TypicalCaseCommand(null, 0, reference, CaseKind.POSITIVE, title,
                "某物流企业反映审批材料重复提交，部门推行一窗受理后一次办结。"));
        return publish ? s.cases().publish(c.id(), c.version(), true) : c;
    }

    /** The pseudonym the handling department sees for the item's submitter. */
    String pseudonym(Actors actors, String handler, long itemId) {
        actors.as(handler, "DEPARTMENT");
        return s.submissions().detail(itemId).submitterLabel();
    }
}
