package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.demo.internal.Acting.Person;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.observer.EvaluationGrade;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObjectionCommand;
import cn.ezhou.yshj.observer.ObjectionRecord;
import cn.ezhou.yshj.observer.ObserverApplication;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.observer.PublicityService;
import cn.ezhou.yshj.observer.RosterFilter;
import cn.ezhou.yshj.observer.YearFigures;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import cn.ezhou.yshj.security.InviteCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The city's people: a handler in every responsible unit, twelve chambers and associations with
 * their liaisons, and the observer corps — recruited, published, objected to and appointed at the
 * start of the year, one suspended and one whose term ends during it, and a few new candidates at
 * every stage of recruitment at its end.
 */
final class DemoPeople {

    /** ID number regions: 鄂城区, 华容区, 梁子湖区 and the city. */
    private static final Map<String, String> REGION = Map.of("ECQ", "420704", "HRQ", "420703", "LZHQ", "420702",
            "GDKFQ", "420703", "LKJJQ", "420704");
    private static final List<String> CATEGORIES = List.of("PARTY_DEPUTY", "PEOPLES_DEPUTY", "CPPCC_MEMBER",
            "ENTREPRENEUR", "ENTREPRENEUR", "EXPERT", "MEDIA", "ENTREPRENEUR");
    private static final int CORPS = 52;
    private static final int LATE_CANDIDATES = 6;

    private final City city;
    private final AccountService accounts;
    private final AssociationService associations;
    private final ObserverService observerService;
    private final PublicityService publicity;
    private final CharterService charter;
    private final EvaluationService evaluations;
    private final DirectoryService directory;
    private final List<String> districts = new ArrayList<>();
    private int people;

    DemoPeople(City city, AccountService accounts, AssociationService associations, ObserverService observerService,
               PublicityService publicity, CharterService charter, EvaluationService evaluations, DirectoryService directory) {
        this.city = city;
        this.accounts = accounts;
        this.associations = associations;
        this.observerService = observerService;
        this.publicity = publicity;
        this.charter = charter;
        this.evaluations = evaluations;
        this.directory = directory;
    }

    void plan() {
        directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE).forEach(u -> districts.add(u.code()));
        LocalDate first = city.firstDay;
        city.plan(city.workingDay(first, 0, 8, 30), "department handlers", this::handlers);
        city.plan(city.workingDay(first, 0, 9, 0), "chambers", this::chambers);
        city.plan(city.workingDay(first, 0, 10, 0), "recruitment", () -> recruit(CORPS, true));
        LocalDate late = city.today().minusDays(8);
        city.plan(city.workingDay(late, 0, 10, 0), "late recruitment", () -> recruit(LATE_CANDIDATES, false));
    }

    /** One handler per responsible unit; 市发改委's is the demo account {@code dept}. */
    private void handlers() {
        List<OrgUnitRecord> units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT,
                OrgUnitKind.FUNCTIONAL_ZONE);
        for (OrgUnitRecord unit : units) {
            if (unit.code().equals("FGW")) {
                city.departments.put(unit.code(), new Person("dept", AppRoles.DEPARTMENT));
                continue;
            }
            String username = "dept-" + unit.code().toLowerCase();
            InvitationSummary invitation = city.as(City.ADMIN, () -> accounts.invite(new InviteCommand(
                    unit.nameZh() + "经办人", username + "@demo.invalid", Set.of(AppRoles.DEPARTMENT), unit.code())));
            accounts.acceptWithPassword(invitation.code(), username, City.PASSWORD);
            city.departments.put(unit.code(), new Person(username, AppRoles.DEPARTMENT));
        }
    }

    private void chambers() {
        List<String> rows = city.words.words("association");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i).split(";");
            String first17 = "514207006" + "%08d".formatted(31_700_000 + i * 137);
            String code = first17 + CreditCode.checkCharacter(first17);
            List<String> tags = Arrays.asList(row[2].split(" "));
            long id = city.as(City.OFFICE, () -> associations.save(new AssociationCommand(null, 0, row[0],
                    AssociationKind.valueOf(row[1]), code, Set.copyOf(tags), Integer.parseInt(row[3])))).id();
            String username = i == 0 ? "association" : "assoc%02d".formatted(i + 1);
            String liaison = city.pick(city.words.words("surname")) + city.pick(city.words.words("given"));
            InvitationSummary invitation = city.as(City.OFFICE, () -> associations.inviteLiaison(id, liaison,
                    username + "@demo.invalid"));
            accounts.acceptWithPassword(invitation.code(), username, City.PASSWORD);
            city.chambers.add(new City.Chamber(id, row[0], new Person(username, AppRoles.ASSOCIATION), tags));
        }
    }

    /**
     * A recruitment: the office nominates most, a few apply on the public form; reviewed, two
     * refused, published, objections lodged and resolved, and appointed when publicity ends.
     * The late one stops at each stage so the roster shows every step.
     */
    private void recruit(int count, boolean appointAll) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObserverApplication application = application();
            if (appointAll && i % 13 == 5) {
                observerService.apply(application);
                ids.add(city.as(City.OFFICE, () -> observerService.roster(new RosterFilter(null, null, null, null,
                        null, application.name()), PageRequest.of(0, 1)).getContent().getFirst().id()));
            } else {
                ids.add(city.as(City.OFFICE, () -> observerService.nominate(application)).id());
            }
        }
        city.plan(city.workingDay(City.dayOf(city.clockNow()), 1, 9, 30), "review", () -> review(ids, appointAll));
    }

    private void review(List<Long> ids, boolean appointAll) {
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (!appointAll && i < 2) {
                continue;
            }
            city.as(City.OFFICE, () -> observerService.startReview(id));
            if (!appointAll && i < 4) {
                continue;
            }
            if (appointAll && (i == 7 || i == 29)) {
                city.as(City.OFFICE, () -> observerService.reject(id, "推荐材料显示近三年未在本市从事相关工作，不符合选聘条件。"));
                continue;
            }
            city.as(City.OFFICE, () -> observerService.approve(id));
            approved.add(id);
        }
        LocalDate start = city.calendar.plusWorkingDays(City.dayOf(city.clockNow()), 1);
        LocalDate end = city.as(City.OFFICE, () -> publicity.openPublicity(approved, start));
        long challenged = approved.get(approved.size() / 2);
        city.plan(city.workingDay(start, 1, 15, 20), "objection", () -> publicity.lodgeObjection(new ObjectionCommand(
                challenged, "群众", "0711-3200000", "该候选人所在企业存在拖欠供应商货款问题，建议核实后再决定是否聘任。")));
        if (!appointAll) {
            return;
        }
        long upheld = approved.get(3);
        city.plan(city.workingDay(start, 2, 11, 0), "objection", () -> publicity.lodgeObjection(new ObjectionCommand(
                upheld, "知情人", "13907110000", "该候选人已调离本市，不能正常履行观察员职责。")));
        city.plan(city.workingDay(end, 0, 16, 0), "objections resolved", () -> {
            resolve(challenged, false, "经核实，相关货款已于上月结清，反映问题不影响聘任。");
            resolve(upheld, true, "经核实，候选人已调离本市，异议成立，不予聘任。");
        });
        List<Long> appointed = approved.stream().filter(id -> id != upheld).toList();
        city.plan(city.workingDay(end, 1, 10, 0), "appointment", () -> appoint(appointed));
    }

    private void resolve(long observerId, boolean uphold, String reason) {
        List<ObjectionRecord> open = city.as(City.OFFICE, () -> publicity.objections(observerId));
        for (ObjectionRecord objection : open) {
            city.as(City.OFFICE, () -> publicity.resolveObjection(objection.id(), uphold, reason));
        }
    }

    /** Appoints for three years (one term ends within the year), activates each account and acknowledges the charter. */
    private void appoint(List<Long> ids) {
        LocalDate termStart = City.dayOf(city.clockNow());
        long shortTerm = ids.get(ids.size() - 1);
        List<ObserverSummary> appointed = new ArrayList<>(city.as(City.OFFICE, () -> publicity.appoint(
                ids.subList(0, ids.size() - 1), termStart, termStart.plusYears(3).minusDays(1))));
        appointed.addAll(city.as(City.OFFICE, () -> publicity.appoint(List.of(shortTerm), termStart,
                termStart.plusDays(200))));
        Map<String, String> codes = new HashMap<>();
        city.as(City.ADMIN, () -> accounts.invitations(PageRequest.of(0, 500)).forEach(i -> codes.put(i.email(), i.code())));
        int version = charter.current().orElseThrow().versionNumber();
        for (int i = 0; i < appointed.size(); i++) {
            ObserverSummary o = appointed.get(i);
            String username = i == 0 ? "observer" : "obs%02d".formatted(i + 1);
            accounts.acceptWithPassword(codes.get(o.email()), username, City.PASSWORD);
            Person person = new Person(username, AppRoles.OBSERVER);
            if (i % 9 != 4) {
                city.as(person, () -> charter.acknowledge(version));
            }
            int weight = i == 0 ? 6 : i % 10 == 3 ? 0 : 1 + city.random.nextInt(5);
            city.observers.add(new City.Observer(o.id(), o.name(), person, termStart, weight));
        }
        city.servingUntil.put(city.observers.getLast().id(), termStart.plusDays(200));
        City.Observer suspended = city.observers.get(11);
        Instant suspension = city.workingDay(termStart.plusDays(240), 0, 10, 0);
        city.servingUntil.put(suspended.id(), City.dayOf(suspension).minusDays(1));
        city.plan(suspension, "suspension", () -> city.as(City.OFFICE,
                () -> observerService.suspend(suspended.id(), "因个人原因申请暂停履职半年。")));
    }

    /** Grades last year for everyone who served in it, from the duty record's figures. */
    void evaluateLastYear() {
        int year = city.today().getYear() - 1;
        for (City.Observer o : city.observers) {
            if (o.appointedOn().getYear() > year) {
                continue;
            }
            YearFigures figures = city.as(City.OFFICE, () -> evaluations.record(o.id(), year));
            // Mostly the suggested grade; now and then the office raises one, with its reason.
            EvaluationGrade suggested = figures.suggestedGrade() == null ? EvaluationGrade.COMPETENT : figures.suggestedGrade();
            boolean raised = suggested == EvaluationGrade.BASICALLY_COMPETENT && o.id() % 4 == 0;
            EvaluationGrade grade = raised ? EvaluationGrade.COMPETENT : suggested;
            String comment = raised ? "下半年积极参加明察暗访，履职明显改进，评为称职。" : "依据年度履职记录评定。";
            city.as(City.OFFICE, () -> evaluations.evaluate(o.id(), year, grade, comment));
        }
    }

    private ObserverApplication application() {
        int n = ++people;
        String category = CATEGORIES.get(n % CATEGORIES.size());
        List<String> employers = city.words.words("employer").stream().filter(e -> e.startsWith(category + ";")).toList();
        String[] employer = city.pick(employers).split(";");
        boolean district = n % 5 == 2 || n % 5 == 4;
        String districtCode = district ? districts.get((n / 5) % districts.size()) : null;
        Gender gender = n % 3 == 0 ? Gender.FEMALE : Gender.MALE;
        String name = city.words.words("surname").get(n % 20) + city.words.words("given").get((n * 7 + n / 20) % 20);
        return new ObserverApplication(name, gender, idNumber(n, districtCode, gender),
                "139%08d".formatted(71_000_000 + n * 1_013), "gcy%03d@demo.invalid".formatted(n), employer[1],
                employer[2], category, district ? ObserverLevel.DISTRICT : ObserverLevel.CITY, districtCode, null,
                district ? directory.orgUnit(districtCode).map(OrgUnitRecord::nameZh).orElse(null) : "市工商联",
                "长期关注本地营商环境，愿意及时反映企业和群众的意见建议。");
    }

    /** A valid resident ID number (GB 11643) for an invented person. */
    private static String idNumber(int n, String districtCode, Gender gender) {
        String region = districtCode == null ? "420700" : REGION.getOrDefault(districtCode, "420700");
        LocalDate birth = LocalDate.of(1962 + n % 28, 1 + n % 12, 1 + n % 28);
        int sequence = 100 + n * 2 % 800 + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
