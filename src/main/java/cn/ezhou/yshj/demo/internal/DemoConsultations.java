package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.consultation.IssuePolicy;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.consultation.text.DraftPart;
import cn.ezhou.yshj.demo.internal.Acting.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Four consultations at four stages: one open with comments on different articles, one closed
 * whose answers are due, one answered with its feedback report published, and one whose policy
 * has been issued, compared with the draft article by article, pushed, read and relayed.
 */
final class DemoConsultations {

    private final City city;
    private final ConsultationService consultations;
    private final CommentDesk comments;
    private final AnswerDesk answers;
    private final PolicyService policies;

    DemoConsultations(City city, ConsultationService consultations, CommentDesk comments, AnswerDesk answers,
                      PolicyService policies) {
        this.city = city;
        this.consultations = consultations;
        this.comments = comments;
        this.answers = answers;
        this.policies = policies;
    }

    void plan() {
        LocalDate today = city.today();
        consultation("c4", "FGW", "d", today.minusDays(260), 31, Stage.POLICY);
        consultation("c3", "SFJ", "c", today.minusDays(130), 30, Stage.REPORTED);
        consultation("c2", "ZRZYGHJ", "b", today.minusDays(50), 35, Stage.CLOSED);
        consultation("c1", "FGW", "a", today.minusDays(10), 35, Stage.OPEN);
    }

    private enum Stage { OPEN, CLOSED, REPORTED, POLICY }

    private void consultation(String key, String unit, String comment, LocalDate day, int window, Stage stage) {
        city.plan(city.workingDay(day, 0, 10, 0), "consultation " + key, () -> {
            LocalDate opens = City.dayOf(city.clockNow());
            List<DraftPart> parts = new ArrayList<>();
            for (int i = 1; i <= 4 && city.words.has(key + ".a" + i); i++) {
                parts.add(DraftPart.article(i, "第" + "一二三四".charAt(i - 1) + "条", city.words.text(key + ".a" + i)));
            }
            Set<Long> audience = city.chambers.stream().map(City.Chamber::id).collect(Collectors.toSet());
            Person drafter = city.departments.get(unit);
            long id = city.as(drafter, () -> consultations.open(new OpenConsultation(city.words.text(key + ".title"), unit,
                    city.words.text(key + ".explanation"), parts, opens, opens.plusDays(window), null, Set.of(),
                    audience, true, true, null, List.of())));
            List<DraftPartView> stored = city.as(drafter, () -> consultations.detail(id)).parts();
            planComments(id, comment, stored, opens, window);
            if (stage != Stage.OPEN) {
                LocalDate answerDay = city.calendar.plusWorkingDays(opens.plusDays(window), 2);
                city.plan(City.at(answerDay, 10, 30), "answers " + key, () -> answer(id, drafter, stage));
                if (stage == Stage.POLICY) {
                    city.plan(City.at(city.calendar.plusWorkingDays(answerDay, 15), 9, 0), "policy " + key,
                            () -> issue(key, id, drafter, stored));
                }
            }
        });
    }

    /** Chambers and observers comment on different articles during the window. */
    private void planComments(long id, String letter, List<DraftPartView> parts, LocalDate opens, int window) {
        int k = 0;
        for (DraftPartView part : parts) {
            String key = "comment." + letter + part.part().number();
            if (!city.words.has(key)) {
                continue;
            }
            City.Chamber chamber = city.chambers.get(k++ % city.chambers.size());
            LocalDate day = opens.plusDays(1 + city.random.nextInt(Math.max(1, Math.min(window - 2, 9))));
            city.plan(City.at(day, city.hour(), city.minute()), "comment " + id, () -> city.as(chamber.liaison(),
                    () -> comments.comment(id, new CommentCommand(part.id(), city.words.text(key), null,
                            20 + city.random.nextInt(80)))));
            City.Observer observer = city.observers.get((k * 5) % city.observers.size());
            city.plan(City.at(day.plusDays(1), city.hour(), city.minute()), "comment " + id, () -> {
                if (city.serving(observer, City.dayOf(city.clockNow()))) {
                    city.as(observer.person(), () -> comments.comment(id, new CommentCommand(part.id(),
                            "赞同该条款方向，" + city.words.text(key), null, null)));
                }
            });
        }
    }

    /** The drafting unit answers each comment; all but the closed one publish the feedback report. */
    private void answer(long id, Person drafter, Stage stage) {
        List<CommentRecord> list = city.as(drafter, () -> comments.comments(id));
        AnswerOutcome[] outcomes = AnswerOutcome.values();
        for (int i = 0; i < list.size(); i++) {
            if (stage == Stage.CLOSED && i > 0) {
                break;
            }
            CommentRecord c = list.get(i);
            AnswerOutcome outcome = c.body().contains("15%") ? AnswerOutcome.ADOPTED : outcomes[i % outcomes.length];
            String reason = switch (outcome) {
                case ADOPTED -> null;
                case PARTLY_ADOPTED -> city.words.text("answer.partly");
                case NOT_ADOPTED -> city.words.text("answer.not");
                case ALREADY_PROVIDED -> city.words.text("answer.provided");
            };
            city.as(drafter, () -> answers.answer(c.id(), c.version(), outcome, reason));
        }
        if (stage != Stage.CLOSED) {
            city.as(drafter, () -> answers.publishReport(id));
        }
    }

    /** The final text changes the article a comment asked to change; chambers read it and relay it. */
    private void issue(String key, long consultationId, Person drafter, List<DraftPartView> draft) {
        List<DraftPart> parts = new ArrayList<>();
        for (DraftPartView view : draft) {
            DraftPart p = view.part();
            String finalKey = key + ".final" + p.number();
            parts.add(city.words.has(finalKey) ? DraftPart.article(p.number(), p.label(), city.words.text(finalKey)) : p);
        }
        LocalDate issued = City.dayOf(city.clockNow());
        Set<String> tags = city.chambers.stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        long policy = city.as(drafter, () -> policies.issue(new IssuePolicy(city.words.text(key + ".policy"),
                "鄂发改〔" + issued.getYear() + "〕" + (20 + city.random.nextInt(40)) + "号", "FGW", issued, true,
                tags, true, city.words.text(key + ".summary"), parts, consultationId)));
        for (int i = 0; i < city.chambers.size(); i++) {
            City.Chamber chamber = city.chambers.get(i);
            if (i % 4 == 3) {
                continue; // not yet read
            }
            int members = 10 + city.random.nextInt(60);
            boolean relays = i % 3 != 2;
            city.plan(city.clockNow().plusSeconds(3600L * (2 + i * 7)), "policy read", () -> {
                city.as(chamber.liaison(), () -> policies.open(policy));
                if (relays) {
                    city.as(chamber.liaison(), () -> policies.confirmRelay(policy, members));
                }
            });
        }
    }
}
