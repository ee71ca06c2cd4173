package cn.ezhou.yshj.opendata;

import static cn.ezhou.yshj.opendata.Steps.DRAFT;
import static cn.ezhou.yshj.opendata.Steps.UNIT;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.PublishBriefing;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.support.Actors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The story behind the open data tests, on fixed days: a public consultation commented on by an
 * association, an observer the report names and an observer who withdraws, answered, reported and
 * issued as a policy; a public one still being answered; one announced for March; one for
 * observers only; a consultation and a comment still being written (autosaved drafts); a policy
 * issued without consultation; two typical cases, one published; a briefing and an activity marked
 * 保密, which nothing public may show.
 */
final class Seeding {

    private final Steps f;
    private final OpenDataServices s;
    private final Actors actors;
    private final String sfx = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    private final List<String> personal = new ArrayList<>();
    private final List<String> unpublished = new ArrayList<>();

    Seeding(Steps steps, Actors actors) {
        this.f = steps;
        this.s = steps.services();
        this.actors = actors;
    }

    OpenDataFixture.Seed run() {
        String officer = f.account("od-office-" + sfx, "办公室张" + sfx, "OFFICE", "OFFICE", personal);
        String drafter = f.account("od-drafter-" + sfx, "经办人李" + sfx, UNIT, "DEPARTMENT", personal);
        String liaison = f.account("od-liaison-" + sfx, "联络员王" + sfx, null, "ASSOCIATION", personal);
        String shown = f.account("od-shown-" + sfx, "公开观察员" + sfx, null, "OBSERVER", personal);
        String hidden = f.account("od-hidden-" + sfx, "隐名观察员" + sfx, null, "OBSERVER", personal);
        personal.addAll(List.of("办公室张" + sfx, "经办人李" + sfx, "联络员王" + sfx, "隐名观察员" + sfx));

        f.at("2026-12-01");
        actors.as(officer, "OFFICE");
        f.observerRecord("隐名观察员" + sfx, personal);
        f.observerRecord("申请人" + sfx, personal);
        String associationName = "物流协会" + sfx;
        f.association(associationName, liaison);

        actors.as(drafter, "DEPARTMENT");
        LocalDate closes = LocalDate.parse("2026-12-31");
        long reported = f.consultation("冷链物流补贴办法（征求意见稿）" + sfx, null, closes, true);
        long answering = f.consultation("仓储用地保障办法（征求意见稿）" + sfx, null, closes, true);
        long scheduled = f.consultation("尚未开始征求意见" + sfx, LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-31"), true);
        long nonPublic = f.consultation("仅向观察员征求意见" + sfx, null, closes, false);
        s.drafts().save("consultation.new", 0, Map.of("title", "草拟中的征求意见" + sfx, "explanation", "尚未发出。"));
        unpublished.addAll(List.of("尚未开始征求意见" + sfx, "仅向观察员征求意见" + sfx, "草拟中的征求意见" + sfx));

        actors.as(officer, "OFFICE");
        s.briefings().publish(new PublishBriefing("冷链企业内部通报" + sfx, "逾期企业名单" + sfx, true, true, null, null, true));
        s.activities().create(new CreateActivity(ActivityKind.INSPECTION, "冷链仓储暗访" + sfx, "暗访路线" + sfx,
                LocalDate.parse("2026-12-20").atTime(9, 0), "暗访地点" + sfx, 5, LocalDate.parse("2026-12-18").atTime(18, 0),
                true, true, true));
        unpublished.addAll(List.of("冷链企业内部通报" + sfx, "逾期企业名单" + sfx, "冷链仓储暗访" + sfx, "暗访路线" + sfx,
                "暗访地点" + sfx));

        actors.as(liaison, "ASSOCIATION");
        CommentRecord byAssociation = f.comment(reported, f.article(reported, "第三条"), "建议提高到每平方米八十元。");
        actors.as(shown, "OBSERVER");
        CommentRecord byObserver = f.comment(reported, null, "建议明确补贴申请期限。");
        actors.as(hidden, "OBSERVER");
        CommentRecord withdrawn = f.comment(reported, null, "撤回的意见" + sfx);
        s.comments().withdraw(withdrawn.id(), withdrawn.version());
        f.comment(answering, null, "尚未答复的意见" + sfx);
        f.comment(nonPublic, null, "不公开的意见" + sfx);
        s.drafts().save("consultation.comment", reported, Map.of("body", "未发送的意见草稿" + sfx));
        unpublished.addAll(List.of("撤回的意见" + sfx, "尚未答复的意见" + sfx, "不公开的意见" + sfx, "未发送的意见草稿" + sfx));

        f.at("2027-01-05");
        actors.as(drafter, "DEPARTMENT");
        s.answers().answer(byAssociation.id(), byAssociation.version(), AnswerOutcome.ADOPTED, null);
        s.answers().answer(byObserver.id(), byObserver.version(), AnswerOutcome.NOT_ADOPTED, "申请期限将在实施细则中规定。");
        s.answers().publishReport(reported);
        long policy = f.policy("冷链物流补贴办法" + sfx, DRAFT.replace("五十元", "八十元").replace("（征求意见稿）", ""),
                reported);
        long plainPolicy = f.policy("物流企业纾困通知" + sfx, "第一条　减免物流企业房租三个月。", null);

        SubmissionDetail item = f.closedItem(actors, hidden, officer, drafter);
        SubmissionDetail other = f.closedItem(actors, hidden, officer, drafter);
        personal.addAll(List.of(item.reference(), other.reference(), f.pseudonym(actors, drafter, item.id()),
                f.pseudonym(actors, drafter, other.id())));
        actors.as(officer, "OFFICE");
        long publishedCase = f.typicalCase(item.reference(), "一窗受理" + sfx, true).id();
        long unpublishedCase = f.typicalCase(other.reference(), "尚未发布的案例" + sfx, false).id();
        unpublished.add("尚未发布的案例" + sfx);
        actors.anonymous();
        return new OpenDataFixture.Seed(reported, answering, scheduled, nonPublic, policy, plainPolicy, publishedCase,
                unpublishedCase, associationName, "公开观察员" + sfx, List.copyOf(personal), List.copyOf(unpublished));
    }
}
