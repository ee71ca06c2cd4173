package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountService;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Appoints observers with an account and drives their submissions, acting as the right people. */
public record DutyFixture(SecurityContextHolderStrategy security, UserAccountRepository accountRepository,
                   ObserverService observers, PublicityService publicity, ObserverRepository observerRepository,
                   AccountService accounts, SubmissionService submissions, OfficeDesk office,
                   DepartmentDesk departments, TestClock clock) {

    /** The fixture on a test's application context, so each test need not wire its ten parts itself. */
    public static DutyFixture of(org.springframework.context.ApplicationContext context) {
        return new DutyFixture(context.getBean(SecurityContextHolderStrategy.class), context.getBean(UserAccountRepository.class),
                context.getBean(ObserverService.class), context.getBean(PublicityService.class),
                context.getBean(ObserverRepository.class), context.getBean(AccountService.class),
                context.getBean(SubmissionService.class), context.getBean(OfficeDesk.class),
                context.getBean(DepartmentDesk.class), context.getBean(TestClock.class));
    }

    public static final String OFFICE = "office";
    public static final String LEAD = "dept";

    /** A serving observer and the account activated with the appointment's invitation. */
    public record Appointed(ObserverSummary observer, String username) {
    }

    public Actors actors() {
        return new Actors(security, accountRepository).ensure(OFFICE, "OFFICE", "OFFICE").ensure(LEAD, "FGW", "DEPARTMENT");
    }

    public void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void asOffice() {
        actors().as(OFFICE, "OFFICE");
    }

    /** Appointed from the day publicity ends (30 days after now) until the given day; with an account if asked. */
    public Appointed appoint(String name, LocalDate termEnd, boolean withAccount) {
        asOffice();
        ObserverSummary s = observers.nominate(ObserverFixtures.applicant(name));
        observers.startReview(s.id());
        observers.approve(s.id());
        publicity.openPublicity(List.of(s.id()), today());
        clock.advance(Duration.ofDays(30));
        ObserverSummary o = publicity.appoint(List.of(s.id()), today(), termEnd).getFirst();
        String username = null;
        if (withAccount) {
            username = "duty" + ThreadLocalRandom.current().nextInt(1_000_000_000);
            String code = observerRepository.findById(o.id()).orElseThrow().getInvitationCode();
            accounts.acceptWithPassword(code, username, "Duty-record-2026!");
        }
        return new Appointed(o, username);
    }

    public void asObserver(String username) {
        actors().as(username, "OBSERVER");
    }

    public SubmissionDetail submit(String username, String title) {
        asObserver(username);
        return submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.SUGGESTION,
                "GOVERNMENT", "ECQ", title, "建议将企业开办材料精简为一次提交，减少企业往返。", "XZSPJ", false));
    }

    public SubmissionDetail reject(SubmissionDetail d) {
        asOffice();
        return office.reject(d.id(), d.version(), "不属于营商环境问题");
    }

    public SubmissionDetail assign(SubmissionDetail d) {
        asOffice();
        return office.assign(d.id(), d.version(), new AssignCommand("FGW", List.of(), false));
    }

    /** Assigned, signed, replied with the result and the reply approved: the item is answered. */
    public SubmissionDetail answer(SubmissionDetail d, ResultType result) {
        d = assign(d);
        actors().as(LEAD, "DEPARTMENT");
        d = departments.sign(d.id(), d.version());
        d = departments.reply(d.id(), d.version(), new ReplyCommand(result, "已研究并答复。"));
        asOffice();
        return office.approveReply(d.id(), d.version());
    }

    public SubmissionDetail rate(String username, SubmissionDetail d, Rating rating) {
        asObserver(username);
        return submissions.rate(d.id(), d.version(), rating, null);
    }
}
