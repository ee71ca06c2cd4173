package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.demo.internal.Acting.Person;
import cn.ezhou.yshj.demo.internal.Vocabulary.Template;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.CommonProblemRecord;
import cn.ezhou.yshj.submission.CommonProblems;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.RegisterCommand;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year of submissions, each taking its own path through the workflow as the office, the
 * departments and the submitters act on it: triaged (a few rejected or merged), assigned with
 * co-departments, signed, returned to the office, extended, answered on time or late, sent back
 * for rework, rated — or left unrated until the rating is defaulted — and reopened.
 */
final class DemoSubmissions {

    private static final List<String> OTHER_CHANNELS = List.of("SUNSHINE_PETITION", "SME_PLATFORM",
            "NON_PUBLIC_PLATFORM", "GOV_PORTAL_MAILBOX", "EZHOU_DAILY", "EMAIL", "HOTLINE");

    private final City city;
    private final SubmissionService submissions;
    private final OfficeDesk office;
    private final DepartmentDesk departments;
    private final CommonProblems problems;
    private final DirectoryService directory;
    private final int count;
    private final List<OrgUnitRecord> districts = new ArrayList<>();
    /** Items by the template they were written from, for merging and common problems. */
    final Map<Integer, List<Long>> byTemplate = new LinkedHashMap<>();
    private final Map<Integer, CommonProblemRecord> problemOf = new LinkedHashMap<>();
    private final Map<Integer, List<String>> waiting = new LinkedHashMap<>();
    private final Map<String, Long> referenced = new LinkedHashMap<>();

    DemoSubmissions(City city, SubmissionService submissions, OfficeDesk office, DepartmentDesk departments,
                    CommonProblems problems, DirectoryService directory, int count) {
        this.city = city;
        this.count = count;
        this.submissions = submissions;
        this.office = office;
        this.departments = departments;
        this.problems = problems;
        this.directory = directory;
    }

    /** Spreads the filings over the year, fewer at weekends; observers write once they are appointed. */
    void plan() {
        districts.addAll(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        for (int i = 0; i < count; i++) {
            LocalDate day = city.firstDay.plusDays(1 + (long) i * 363 / count);
            if (city.calendar.isWorkingDay(day) || city.chance(0.3)) {
                int n = i;
                city.plan(City.at(day, 8 + city.random.nextInt(12), city.minute()), "file #" + n, () -> file(n));
            } else {
                int n = i;
                city.plan(city.workingDay(day, 1, city.hour(), city.minute()), "file #" + n, () -> file(n));
            }
        }
    }

    private void file(int n) {
        Template template = city.pick(city.words.templates);
        OrgUnitRecord district = city.pick(districts);
        Map<String, String> slots = slots(district);
        String title = fill(template.title(), slots);
        String body = fill(template.body(), slots);
        boolean urgent = template.type() != cn.ezhou.yshj.submission.SubmissionType.SUGGESTION && city.chance(0.05);
        Person submitter = submitter();
        SubmissionDetail item;
        if (submitter == null) {
            String channel = city.pick(OTHER_CHANNELS);
            String name = city.pick(city.words.words("surname")) + "先生";
            item = city.as(City.OFFICE, () -> office.register(new RegisterCommand(channel, "WB%05d".formatted(n + 1),
                    name, "1380711%04d".formatted(n), template.type(), template.domain(), district.code(), title, body,
                    urgent)));
        } else {
            item = city.as(submitter, () -> submissions.submit(new DraftCommand("demo-city-item-%06d".formatted(n),
                    template.type(), template.domain(), district.code(), title, body, null, city.chance(0.3))));
        }
        Path path = new Path(item.id(), template, submitter, urgent, district.code());
        path.last = item;
        city.plan(city.workingDay(City.dayOf(city.clockNow()), 1, 9 + city.random.nextInt(3), city.minute()),
                "triage " + item.reference(), () -> triage(path));
    }

    /** An observer who is serving today (the busier ones more often), a chamber's liaison, or another channel. */
    private Person submitter() {
        double r = city.random.nextDouble();
        LocalDate today = City.dayOf(city.clockNow());
        if (r < 0.68) {
            List<City.Observer> serving = city.observers.stream().filter(o -> city.serving(o, today)).toList();
            int total = serving.stream().mapToInt(City.Observer::weight).sum();
            if (total > 0) {
                int k = city.random.nextInt(total);
                for (City.Observer o : serving) {
                    k -= o.weight();
                    if (k < 0) {
                        return o.person();
                    }
                }
            }
        }
        if (r < 0.85 && !city.chambers.isEmpty()) {
            return city.pick(city.chambers).liaison();
        }
        return null;
    }

    /** One set of values per item, so a title and its text speak of the same months and sums. */
    private Map<String, String> slots(OrgUnitRecord district) {
        return Map.of("{district}", district.nameZh(),
                "{company}", city.pick(city.words.words("company")),
                "{road}", city.pick(city.words.words("road")),
                "{n}", String.valueOf(3 + city.random.nextInt(13)),
                "{amount}", String.valueOf(5 + city.random.nextInt(296)),
                "{months}", String.valueOf(2 + city.random.nextInt(7)));
    }

    private static String fill(String text, Map<String, String> slots) {
        String filled = text;
        for (Map.Entry<String, String> slot : new java.util.TreeMap<>(slots).entrySet()) {
            filled = filled.replace(slot.getKey(), slot.getValue());
        }
        return filled;
    }

    /** One item's way through the year, step by step. */
    private final class Path {
        final long id;
        final Template template;
        final Person submitter;
        final boolean urgent;
        final String district;
        String lead;
        /** The item as the last step left it; a daily job may have changed it since (see {@link #act}). */
        SubmissionDetail last;

        Path(long id, Template template, Person submitter, boolean urgent, String district) {
            this.id = id;
            this.template = template;
            this.submitter = submitter;
            this.urgent = urgent;
            this.district = district;
        }

        SubmissionDetail now() {
            last = city.as(City.OFFICE, () -> submissions.detail(id));
            return last;
        }

        /**
         * Acts on the version the last step saw; when a daily job has changed the item since (a
         * warning, a supervision notice), reads it again and acts once more, as a person would.
         */
        SubmissionDetail act(Person who, java.util.function.LongFunction<SubmissionDetail> action) {
            try {
                last = city.as(who, () -> action.apply(last.version()));
            } catch (cn.ezhou.yshj.base.Refusal r) {
                if (!"error.concurrentEdit".equals(r.key())) {
                    throw r;
                }
                now();
                last = city.as(who, () -> action.apply(last.version()));
            }
            return last;
        }

        LocalDate today() {
            return City.dayOf(city.clockNow());
        }

        Person lead() {
            return city.departments.get(lead);
        }

        void next(int workingDays, String what, Runnable step) {
            city.plan(city.workingDay(today(), workingDays, city.hour(), city.minute()), what + " #" + id, step);
        }
    }

    private void triage(Path p) {
        double r = city.random.nextDouble();
        List<Long> same = byTemplate.computeIfAbsent(p.template.index(), k -> new ArrayList<>());
        if (r < 0.03) {
            p.act(City.OFFICE, v -> office.reject(p.id, v,
                    "该事项属于个人民事纠纷，不属于营商环境诉求受理范围，已告知通过司法途径解决。"));
            return;
        }
        if (r < 0.07 && !same.isEmpty()) {
            SubmissionDetail target = city.as(City.OFFICE, () -> submissions.detail(same.getLast()));
            if (!target.state().finished()) {
                p.act(City.OFFICE, v -> office.merge(p.id, v, target.reference()));
                return;
            }
        }
        same.add(p.id);
        boolean wrongFirst = r > 0.94;
        p.lead = wrongFirst ? otherUnit(p.template.unit()) : p.template.unit();
        List<String> co = new ArrayList<>();
        if (!wrongFirst && city.chance(0.25)) {
            co.add(city.chance(0.6) ? p.district : otherUnit(p.lead));
        }
        p.act(City.OFFICE, v -> office.assign(p.id, v, new AssignCommand(p.lead, co, p.urgent)));
        linkRecurring(p);
        for (String unit : co) {
            p.next(1, "co-input", () -> coInput(p, unit));
        }
        if (wrongFirst) {
            p.next(1, "return", () -> returnItem(p));
        } else {
            p.next(signIn(p), "sign", () -> sign(p));
        }
    }

    /**
     * Working days until the department signs: the same or the next day, except that the newest
     * assignments (two working days before the city's present or later) wait past it, so some items
     * are always assigned and unsigned, whatever the hour the city is created at.
     */
    private int signIn(Path p) {
        int days = city.random.nextInt(2);
        return city.workingDay(p.today(), 2, 0, 0).isAfter(city.now) ? 2 : days;
    }

    private String otherUnit(String unit) {
        List<String> units = new ArrayList<>(city.departments.keySet());
        units.removeIf(u -> u.equals(unit) || districts.stream().anyMatch(d -> d.code().equals(u)));
        return city.pick(units);
    }

    private void returnItem(Path p) {
        String reason = city.pick(city.words.words("return"));
        p.act(p.lead(), v -> departments.returnItem(p.id, v, reason));
        p.next(1, "return decided", () -> {
            p.act(City.OFFICE, v -> office.acceptReturn(p.id, v, "同意退回，重新分派至主管部门。"));
            p.next(0, "triage again", () -> {
                p.lead = p.template.unit();
                p.act(City.OFFICE, v -> office.assign(p.id, v, new AssignCommand(p.lead, List.of(), p.urgent)));
                p.next(signIn(p), "sign", () -> sign(p));
            });
        });
    }

    private void coInput(Path p, String unit) {
        String text = city.pick(city.words.words("coinput"));
        p.act(city.departments.get(unit), v -> departments.coInput(p.id, v, text));
    }

    private void sign(Path p) {
        p.act(p.lead(), v -> departments.sign(p.id, v));
        double r = city.random.nextDouble();
        if (r < 0.02) {
            return; // never answered: overdue, supervised, still waiting when the city opens
        }
        if (r < 0.08) {
            p.next(2, "extension", () -> extension(p));
            return;
        }
        planReply(p, r < 0.20);
    }

    private void extension(Path p) {
        String reason = city.pick(city.words.words("extension"));
        p.act(p.lead(), v -> departments.requestExtension(p.id, v, p.last.deadline().plusDays(10), reason));
        boolean approve = city.chance(0.75);
        p.next(1, "extension decided", () -> {
            String note = approve ? null : city.pick(city.words.words("refuse-extension"));
            p.act(City.OFFICE, v -> office.decideExtension(p.id, v, approve, note));
            planReply(p, false);
        });
    }

    /** The reply comes on time (some close to the deadline, which the watch warns about) or late. */
    private void planReply(Path p, boolean late) {
        SubmissionDetail item = p.last;
        LocalDate due = item.extensionUntil() != null && item.extensionUntil().isAfter(item.deadline())
                ? item.extensionUntil() : item.deadline();
        LocalDate today = p.today();
        int left = Math.max(1, city.calendar.workingDaysBetween(today, due));
        int days = late ? left + 1 + city.random.nextInt(6) : Math.max(2, (int) Math.ceil(left * (0.3 + 0.7 * city.random.nextDouble())));
        p.next(Math.min(days, left + 7), "reply", () -> reply(p));
    }

    private void reply(Path p) {
        ResultType result = result(p);
        String text = city.pick(city.words.replies.get(result))
                .replace("{unit}", directory.orgUnit(p.lead).map(OrgUnitRecord::nameZh).orElse(p.lead))
                .replace("{n}", String.valueOf(5 + city.random.nextInt(10)));
        p.act(p.lead(), v -> departments.reply(p.id, v, new ReplyCommand(result, text)));
        p.next(1, "review", () -> review(p));
    }

    private ResultType result(Path p) {
        double r = city.random.nextDouble();
        if (p.template.type() == cn.ezhou.yshj.submission.SubmissionType.SUGGESTION) {
            return r < 0.45 ? ResultType.PLANNED : r < 0.75 ? ResultType.RESOLVED : ResultType.EXPLAINED;
        }
        return r < 0.65 ? ResultType.RESOLVED : r < 0.85 ? ResultType.IN_PROGRESS : ResultType.EXPLAINED;
    }

    private void review(Path p) {
        if (city.chance(0.08) && p.last.reopenCount() == 0) {
            String comment = city.pick(city.words.words("rework"));
            p.act(City.OFFICE, v -> office.requestRework(p.id, v, comment));
            p.next(2, "reply again", () -> reply(p));
            return;
        }
        p.act(City.OFFICE, v -> office.approveReply(p.id, v));
        if (p.submitter == null) {
            p.next(1, "close", () -> {
                SubmissionDetail answered = p.now();
                if (answered.state() == SubmissionState.ANSWERED) { // over a holiday the watch may have closed it already
                    city.as(City.OFFICE, () -> office.close(p.id, answered.version(), "已电话回访提交人，对办理结果无异议，本件办结。"));
                }
            });
            return;
        }
        if (city.chance(0.1)) {
            return; // not rated: the watch records a default rating after seven days
        }
        city.plan(city.clockNow().plusSeconds(3600L * (20 + city.random.nextInt(100))), "rate #" + p.id, () -> rate(p));
    }

    private void rate(Path p) {
        SubmissionDetail item = p.last;
        double r = city.random.nextDouble();
        Rating rating = item.reopenCount() > 0 ? (r < 0.6 ? Rating.SATISFIED : Rating.BASICALLY_SATISFIED)
                : r < 0.66 ? Rating.SATISFIED : r < 0.87 ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
        String comment = switch (rating) {
            case SATISFIED -> city.chance(0.5) ? city.pick(city.words.words("satisfied")) : null;
            case BASICALLY_SATISFIED -> city.pick(city.words.words("basically"));
            case DISSATISFIED -> city.pick(city.words.words("dissatisfied"));
        };
        p.act(p.submitter, v -> submissions.rate(p.id, v, rating, comment));
        if (rating == Rating.DISSATISFIED) {
            p.next(1, "after dissatisfaction", () -> {
                if (city.chance(0.55)) {
                    p.act(City.OFFICE, v -> office.reopen(p.id, v, "提交人不满意，要求承办单位重新核查办理。"));
                    p.next(1, "sign again", () -> sign(p));
                } else {
                    String note = city.pick(city.words.words("close"));
                    p.act(City.OFFICE, v -> office.close(p.id, v, note));
                }
            });
        }
    }

    /**
     * Some kinds of item recur: once three of a kind are open at the same time, the office links
     * them into a common problem, and links the next few of that kind as they arrive.
     */
    private void linkRecurring(Path p) {
        int kind = p.template.index();
        if (kind % 4 != 1) {
            return;
        }
        String reference = p.last.reference();
        CommonProblemRecord problem = problemOf.get(kind);
        if (problem != null) {
            if (problem.items().size() < 6) {
                problemOf.put(kind, city.as(City.OFFICE, () -> problems.link(problem.id(), problem.version(), reference)));
            }
            return;
        }
        List<String> open = waiting.computeIfAbsent(kind, k -> new ArrayList<>());
        open.removeIf(ref -> city.as(City.OFFICE, () -> submissions.detail(referenced.get(ref))).state().finished());
        open.add(reference);
        referenced.put(reference, p.id);
        if (open.size() == 3 && problemOf.size() < 8) {
            String title = city.words.text("problem.title").replace("{title}", p.template.title());
            problemOf.put(kind, city.as(City.OFFICE, () -> problems.create(title, List.copyOf(open))));
        }
    }
}
