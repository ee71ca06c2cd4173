package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.demo.internal.Acting.Person;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.Attendance;
import cn.ezhou.yshj.engagement.AttendanceDesk;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.PublishBriefing;
import cn.ezhou.yshj.engagement.RatingCommand;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.engagement.SignupRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.oversight.LeagueMethod;
import cn.ezhou.yshj.oversight.LeagueMethodCommand;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The corps' year beyond submissions: two satisfaction rounds (one closed, one open), briefings
 * with read receipts, activities with sign-ups and attendance, five published typical cases and a
 * published league table.
 */
final class DemoEngagement {

    /** Typical cases: words in the title of the items they tell of, and the case texts' key. */
    private static final Map<String, String> CASES = Map.of("留抵退税", "case.positive", "不动产登记", "case.positive2",
            "农民工工资", "case.positive3", "奖补资金", "case.negative", "重复检查", "case.negative2");

    private final City city;
    private final RoundService rounds;
    private final RatingDesk ratings;
    private final BriefingService briefings;
    private final ActivityService activities;
    private final AttendanceDesk attendance;
    private final TypicalCaseService cases;
    private final LeagueTable league;
    private final SubmissionService submissions;

    DemoEngagement(City city, RoundService rounds, RatingDesk ratings, BriefingService briefings,
                   ActivityService activities, AttendanceDesk attendance, TypicalCaseService cases, LeagueTable league,
                   SubmissionService submissions) {
        this.city = city;
        this.rounds = rounds;
        this.ratings = ratings;
        this.briefings = briefings;
        this.activities = activities;
        this.attendance = attendance;
        this.cases = cases;
        this.league = league;
        this.submissions = submissions;
    }

    void plan() {
        LocalDate today = city.today();
        round("round1.title", today.minusDays(180), 14);
        round("round2.title", today.minusDays(6), 20);
        briefing("briefing1", today.minusDays(160), false);
        // Names departments that were late: internal material, marked 保密 (its openings are recorded).
        briefing("briefing2", today.minusDays(70), true);
        briefing("briefing3", today.minusDays(12), false);
        activity("activity1", ActivityKind.MEETING, today.minusDays(110), false, false);
        // An unannounced inspection (明察暗访) is not to be talked about beforehand: marked 保密.
        activity("activity2", ActivityKind.INSPECTION, today.minusDays(55), false, true);
        activity("activity3", ActivityKind.TRAINING, today.minusDays(25), true, false);
        activity("activity4", ActivityKind.MEETING, today.minusDays(4), false, false);
    }

    private void round(String title, LocalDate day, int days) {
        city.plan(city.workingDay(day, 0, 9, 0), title, () -> {
            LocalDate opens = City.dayOf(city.clockNow());
            Set<String> units = new LinkedHashSet<>(List.of("FGW", "RSJ", "ZRZYGHJ", "XZSPJ", "SWJ", "SCJGJ", "CZJ",
                    "STHJJ", "JXJ", "YBJ"));
            long id = city.as(City.OFFICE, () -> rounds.open(new OpenRound(city.words.text(title), units,
                    RoundService.DEFAULT_DIMENSIONS, opens, opens.plusDays(days))));
            List<Person> raters = new ArrayList<>();
            city.observers.stream().filter(o -> city.serving(o, opens)).limit(36).forEach(o -> raters.add(o.person()));
            city.chambers.stream().limit(8).forEach(c -> raters.add(c.liaison()));
            for (Person rater : raters) {
                LocalDate on = opens.plusDays(1 + city.random.nextInt(days - 1));
                city.plan(City.at(on, city.hour(), city.minute()), "rating", () -> {
                    for (String unit : units) {
                        if (city.chance(0.8)) {
                            city.as(rater, () -> ratings.rate(id, new RatingCommand(unit, scores(unit),
                                    city.chance(0.15) ? city.pick(city.words.words("basically")) : null)));
                        }
                    }
                });
            }
        });
    }

    /** Most scores are good; a few departments are rated lower, so the table has a spread. */
    private List<Integer> scores(String unit) {
        int base = switch (unit) {
            case "CZJ", "ZRZYGHJ" -> 3;
            case "SWJ", "XZSPJ", "FGW" -> 5;
            default -> 4;
        };
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < RoundService.DEFAULT_DIMENSIONS.size(); i++) {
            scores.add(Math.max(1, Math.min(5, base - city.random.nextInt(2) + (city.chance(0.1) ? 1 : 0))));
        }
        return scores;
    }

    private void briefing(String key, LocalDate day, boolean confidential) {
        city.plan(city.workingDay(day, 0, 15, 0), key, () -> {
            long id = city.as(City.OFFICE, () -> briefings.publish(new PublishBriefing(city.words.text(key + ".title"),
                    city.words.text(key + ".body"), true, true, null, List.of(), confidential)));
            LocalDate published = City.dayOf(city.clockNow());
            for (City.Observer o : city.observers) {
                if (city.serving(o, published) && city.chance(0.7)) {
                    city.plan(City.at(published.plusDays(city.random.nextInt(6)), 20, city.minute()), "briefing read",
                            () -> city.as(o.person(), () -> briefings.open(id)));
                }
            }
        });
    }

    private void activity(String key, ActivityKind kind, LocalDate day, boolean chambers, boolean confidential) {
        city.plan(city.workingDay(day, 0, 11, 0), key, () -> {
            LocalDate created = City.dayOf(city.clockNow());
            LocalDateTime starts = city.calendar.plusWorkingDays(created, 10).atTime(14, 30);
            LocalDateTime deadline = city.calendar.plusWorkingDays(created, 7).atTime(17, 0);
            long id = city.as(City.OFFICE, () -> activities.create(new CreateActivity(kind, city.words.text(key + ".title"),
                    city.words.text(key + ".body"), starts, city.words.text(key + ".place"), 40, deadline, true, chambers,
                    confidential)));
            List<Person> people = new ArrayList<>();
            city.observers.stream().filter(o -> city.serving(o, created) && city.chance(0.35)).forEach(o -> people.add(o.person()));
            if (chambers) {
                city.chambers.stream().limit(5).forEach(c -> people.add(c.liaison()));
            }
            for (Person person : people) {
                city.plan(City.at(created.plusDays(1 + city.random.nextInt(5)), city.hour(), city.minute()), "sign-up",
                        () -> city.as(person, () -> activities.signUp(id)));
            }
            city.plan(starts.plusHours(3).atZone(City.ZONE).toInstant(), "attendance", () -> {
                for (SignupRecord s : city.as(City.OFFICE, () -> attendance.signups(id, PageRequest.of(0, 100))).getContent()) {
                    Attendance a = city.chance(0.85) ? Attendance.PRESENT : Attendance.ABSENT;
                    city.as(City.OFFICE, () -> attendance.record(id, s.id(), s.version(), a));
                }
            });
        });
    }

    /** Five closed items told as typical cases, none naming the submitter. */
    void typicalCases(Map<Integer, List<Long>> byTemplate) {
        for (Map.Entry<String, String> theme : new java.util.TreeMap<>(CASES).entrySet()) {
            SubmissionDetail closed = byTemplate.entrySet().stream()
                    .filter(e -> city.words.templates.get(e.getKey()).title().contains(theme.getKey()))
                    .flatMap(e -> e.getValue().stream())
                    .map(id -> city.as(City.OFFICE, () -> submissions.detail(id)))
                    .filter(d -> d.state() == SubmissionState.CLOSED)
                    .findFirst().orElse(null);
            if (closed == null) {
                continue;
            }
            CaseKind kind = theme.getValue().contains("negative") ? CaseKind.NEGATIVE : CaseKind.POSITIVE;
            TypicalCaseRecord saved = city.as(City.OFFICE, () -> cases.save(new TypicalCaseCommand(null, 0,
                    closed.reference(), kind, city.words.text(theme.getValue() + ".title"),
                    city.words.text(theme.getValue() + ".summary"))));
            city.as(City.OFFICE, () -> cases.publish(saved.id(), saved.version(), true));
        }
    }

    /** The league table, published with the office's method as it stands. */
    void publishLeague() {
        LeagueMethod m = city.as(City.OFFICE, league::method);
        city.as(City.OFFICE, () -> league.saveMethod(new LeagueMethodCommand(m.version(), m.onTimeWeight(),
                m.speedWeight(), m.satisfactionWeight(), m.reopenWeight(), m.consultationWeight(), m.roundWeight(),
                m.speedZeroDays(), true)));
    }
}
