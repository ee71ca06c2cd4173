package cn.ezhou.yshj.observer;

import static cn.ezhou.yshj.observer.ObserverFixtures.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.support.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Every transition of the observer lifecycle, allowed and refused. */
abstract class ObserverLifecycleContract {

    @Autowired
    ObserverService observers;
    @Autowired
    PublicityService publicity;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    CorpsService corps;

    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ObserverSummary approved(String name) {
        ObserverSummary s = observers.nominate(applicant(name));
        observers.startReview(s.id());
        return observers.approve(s.id());
    }

    private ObserverSummary appointed(String name) {
        ObserverSummary s = approved(name);
        publicity.openPublicity(List.of(s.id()), today());
        clock.advance(Duration.ofDays(30));
        return publicity.appoint(List.of(s.id()), today(), today().plusYears(2).minusDays(1)).getFirst();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_applies_and_follows_the_application_by_reference_number() {
        String reference = observers.apply(applicant("王小明"));
        assertThat(reference).matches("GCY-\\d{4}-[A-Z0-9]{8}");
        ApplicationStatus status = observers.status(reference).orElseThrow();
        assertThat(status.state()).isEqualTo(ObserverState.APPLIED);
        assertThat(status.maskedName()).isEqualTo("王**");
        assertThat(observers.status("GCY-2026-NOTEXIST")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void a_wrong_id_checksum_a_short_id_or_a_landline_is_refused() {
        String id = ObserverFixtures.idNumber();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertThatThrownBy(() -> observers.apply(applicant("甲一", wrongCheck, "13800138000")))
                .isInstanceOf(Refusal.class).hasMessage("validation.idNumber");
        assertThatThrownBy(() -> observers.apply(applicant("乙二", id.substring(0, 17), "13800138000")))
                .isInstanceOf(Refusal.class).hasMessage("validation.idNumber");
        assertThatThrownBy(() -> observers.apply(applicant("丙三", id, "027-60713456")))
                .isInstanceOf(Refusal.class).hasMessage("validation.mobile");
        assertThatThrownBy(() -> observers.apply(applicant("", id, "13800138000")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_second_application_by_someone_applying_is_taken_marked_for_the_office_and_only_one_is_approved() {
        String id = ObserverFixtures.idNumber();
        ObserverSummary first = observers.nominate(applicant("李华", id, "13900139000"));
        assertThatThrownBy(() -> observers.nominate(applicant("李华", id, "13900139000")))
                .as("the office itself is told").isInstanceOf(Refusal.class).hasMessage("observer.error.duplicate");

        String again = observers.apply(applicant("李华", id, "13900139000"));
        assertThat(observers.status(again)).get().extracting(ApplicationStatus::state).isEqualTo(ObserverState.APPLIED);
        long secondId = observers.roster(new RosterFilter(null, null, null, null, null, "李华"),
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent().stream()
                .filter(o -> o.referenceNo().equals(again)).findFirst().orElseThrow().id();
        assertThat(observers.history(secondId)).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("APPLY_DUPLICATE");
            assertThat(h.reason()).contains(first.referenceNo());
        });
        observers.startReview(secondId);
        assertThatThrownBy(() -> observers.approve(secondId))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.duplicate");

        observers.reject(first.id(), "重复申请，保留后一份");
        assertThat(observers.approve(secondId).state()).isEqualTo(ObserverState.APPROVED);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_gets_the_same_answer_whether_or_not_the_id_number_is_already_applying() {
        String known = ObserverFixtures.idNumber();
        observers.apply(applicant("周一", known, "13900139001"));

        String forKnown = observers.apply(applicant("周二", known, "13900139002"));
        String forNew = observers.apply(applicant("周三", ObserverFixtures.idNumber(), "13900139003"));
        assertThat(forKnown).matches("GCY-\\d{4}-[A-Z0-9]{8}");
        assertThat(forNew).matches("GCY-\\d{4}-[A-Z0-9]{8}");
        ApplicationStatus knownStatus = observers.status(forKnown).orElseThrow();
        ApplicationStatus newStatus = observers.status(forNew).orElseThrow();
        assertThat(knownStatus.state()).isEqualTo(newStatus.state()).isEqualTo(ObserverState.APPLIED);
        assertThat(knownStatus.reason()).isEqualTo(newStatus.reason()).isNull();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_objection_blocks_appointment_until_dismissed_and_the_publicity_must_have_ended() {
        ObserverSummary candidate = approved("赵敏");
        LocalDate ends = publicity.openPublicity(List.of(candidate.id()), today());
        assertThat(publicity.underPublicity()).extracting(PublicCandidate::id).contains(candidate.id());
        publicity.lodgeObjection(new ObjectionCommand(candidate.id(), "群众甲", "13700137000", "曾有违规经营记录"));

        assertThatThrownBy(() -> publicity.appoint(List.of(candidate.id()), today(), today().plusYears(2)))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.publicityRunning");
        clock.advance(Duration.ofDays(30));
        assertThat(today()).isAfter(ends);
        assertThatThrownBy(() -> publicity.appoint(List.of(candidate.id()), today(), today().plusYears(2)))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.objectionOpen");

        ObjectionRecord objection = publicity.objections(candidate.id()).getFirst();
        publicity.resolveObjection(objection.id(), false, "经核实，记录已撤销");
        ObserverSummary observer = publicity.appoint(List.of(candidate.id()), today(), today().plusYears(2)).getFirst();
        assertThat(observer.state()).isEqualTo(ObserverState.APPOINTED);
        assertThat(observer.certificateNo()).matches("EZ-GCY-" + today().getYear() + "-\\d{4}");
        assertThat(observers.history(candidate.id())).extracting(ObserverHistoryEntry::action)
                .containsExactly("NOMINATE", "REVIEW", "APPROVE", "PUBLICITY", "OBJECTION", "OBJECTION_DISMISSED", "APPOINT");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_upheld_objection_rejects_the_candidate_for_good() {
        ObserverSummary candidate = approved("周芷若");
        publicity.openPublicity(List.of(candidate.id()), today());
        publicity.lodgeObjection(new ObjectionCommand(candidate.id(), "群众乙", "qq@example.cn", "不符合条件"));
        ObjectionRecord objection = publicity.objections(candidate.id()).getFirst();
        publicity.resolveObjection(objection.id(), true, "异议属实");
        assertThat(observers.detail(candidate.id()).summary().state()).isEqualTo(ObserverState.OBJECTION_UPHELD);
        assertThatThrownBy(() -> publicity.resolveObjection(objection.id(), false, "改判"))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.objectionResolved");
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> publicity.appoint(List.of(candidate.id()), today(), today().plusYears(2)))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.transition");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void no_objection_can_be_lodged_outside_a_running_publicity_period() {
        ObserverSummary candidate = approved("张无忌");
        assertThatThrownBy(() -> publicity.lodgeObjection(new ObjectionCommand(candidate.id(), "甲", "1", "理由")))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.notInPublicity");
        publicity.openPublicity(List.of(candidate.id()), today());
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> publicity.lodgeObjection(new ObjectionCommand(candidate.id(), "甲", "1", "理由")))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.notInPublicity");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void review_steps_cannot_be_skipped_and_a_rejection_needs_a_reason() {
        ObserverSummary s = observers.nominate(applicant("韦一笑"));
        assertThatThrownBy(() -> observers.approve(s.id())).isInstanceOf(Refusal.class).hasMessage("observer.error.transition");
        assertThatThrownBy(() -> publicity.openPublicity(List.of(s.id()), today()))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.transition");
        assertThatThrownBy(() -> observers.reject(s.id(), " ")).isInstanceOf(Refusal.class)
                .hasMessage("observer.error.reasonRequired");
        assertThat(observers.reject(s.id(), "不符合推荐条件").state()).isEqualTo(ObserverState.REJECTED);
        assertThatThrownBy(() -> observers.startReview(s.id())).isInstanceOf(Refusal.class);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void appointment_issues_unique_certificates_and_an_invitation_and_refuses_an_end_before_the_start() {
        ObserverSummary a = approved("殷素素");
        ObserverSummary b = approved("谢逊");
        publicity.openPublicity(List.of(a.id(), b.id()), today());
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> publicity.appoint(List.of(a.id()), today(), today().minusDays(1)))
                .isInstanceOf(Refusal.class).hasMessage("observer.error.termEndBeforeStart");
        List<ObserverSummary> appointed = publicity.appoint(List.of(a.id(), b.id()), today(), today().plusYears(2));
        assertThat(appointed).extracting(ObserverSummary::certificateNo).doesNotHaveDuplicates().allMatch(c -> c != null);
        assertThat(appointed).allMatch(o -> o.state() == ObserverState.APPOINTED);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void suspension_reinstatement_and_dismissal_follow_the_rules() {
        ObserverSummary o = appointed("杨逍");
        assertThatThrownBy(() -> observers.reinstate(o.id(), "x")).isInstanceOf(Refusal.class);
        assertThat(observers.suspend(o.id(), "涉嫌违规，暂停履职").state()).isEqualTo(ObserverState.SUSPENDED);
        assertThatThrownBy(() -> observers.suspend(o.id(), "again")).isInstanceOf(Refusal.class);
        assertThat(observers.reinstate(o.id(), "核查无问题").state()).isEqualTo(ObserverState.APPOINTED);
        assertThatThrownBy(() -> observers.dismiss(o.id(), "")).hasMessage("observer.error.reasonRequired");
        assertThat(observers.dismiss(o.id(), "利用观察员身份谋取私利").state()).isEqualTo(ObserverState.DISMISSED);
        assertThatThrownBy(() -> observers.reinstate(o.id(), "x")).isInstanceOf(Refusal.class);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_renewal_waits_for_the_current_term_then_starts_the_next_with_the_same_certificate() {
        ObserverSummary o = appointed("范遥");
        assertThat(o.terms().number()).isEqualTo(1);
        assertThatThrownBy(() -> observers.renew(o.id(), o.termEnd())).hasMessage("observer.error.termEndBeforeStart");
        assertThatThrownBy(() -> observers.renew(o.id(), null)).hasMessage("observer.error.termEndRequired");
        LocalDate newEnd = o.termEnd().plusYears(2);
        ObserverSummary renewed = observers.renew(o.id(), newEnd);
        assertThat(renewed.certificateNo()).isEqualTo(o.certificateNo());
        assertThat(renewed.termStart()).as("the current term runs on").isEqualTo(o.termStart());
        assertThat(renewed.termEnd()).isEqualTo(o.termEnd());
        assertThat(renewed.terms().renewalWaiting()).isTrue();
        assertThat(renewed.terms().renewedUntil()).isEqualTo(newEnd);
        assertThat(renewed.terms().renewedOn()).isEqualTo(today());
        assertThatThrownBy(() -> observers.renew(o.id(), newEnd.plusYears(1))).hasMessage("observer.error.alreadyRenewed");

        clock.advance(Duration.between(today().atStartOfDay(), o.termEnd().plusDays(1).atStartOfDay()));
        observers.expireDue();
        ObserverSummary second = observers.detail(o.id()).summary();
        assertThat(second.state()).as("a renewed term does not expire").isEqualTo(ObserverState.APPOINTED);
        assertThat(second.termStart()).isEqualTo(o.termEnd().plusDays(1));
        assertThat(second.termEnd()).isEqualTo(newEnd);
        assertThat(second.terms().number()).isEqualTo(2);
        assertThat(second.terms().renewed()).isTrue();
        assertThat(second.terms().renewalWaiting()).isFalse();
        assertThat(second.terms().servingSince()).as("served without a break").isEqualTo(o.termStart());
        assertThat(observers.history(o.id())).extracting(ObserverHistoryEntry::action).contains("RENEW", "RENEWED_TERM");
        // Not played to the renewed term's end: the daily job would expire every observer of the shared
        // test database whose term ends within four years, other tests' observers among them.
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_term_that_has_ended_expires_and_cannot_be_suspended_afterwards() {
        ObserverSummary o = appointed("黛绮丝");
        clock.advance(Duration.ofDays(800));
        assertThat(observers.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(observers.detail(o.id()).summary().state()).isEqualTo(ObserverState.EXPIRED);
        assertThatThrownBy(() -> observers.suspend(o.id(), "x")).isInstanceOf(Refusal.class);
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_cannot_nominate_review_or_read_the_roster() {
        assertThatThrownBy(() -> observers.nominate(applicant("某人"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observers.approve(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observers.roster(RosterFilter.none(), org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_roster_masks_id_and_phone_and_only_the_detail_shows_them() {
        String id = ObserverFixtures.idNumber();
        ObserverSummary s = observers.nominate(applicant("成昆", id, "13512345678"));
        assertThat(s.maskedIdNumber()).isEqualTo(id.substring(0, 3) + "***********" + id.substring(14));
        assertThat(s.maskedMobile()).isEqualTo("135****5678");
        assertThat(observers.detail(s.id()).idNumber()).isEqualTo(id);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_appointment_letter_names_the_observer_and_certificate_in_chinese() throws Exception {
        ObserverSummary o = appointed("宋远桥");
        AppointmentLetter letter = observers.letter(o.id());
        assertThat(letter.fileName()).isEqualTo("聘书-" + o.certificateNo() + ".docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(letter.content()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("聘　书", "兹聘请 宋远桥 同志为鄂州市营商环境观察员", o.certificateNo());
        }
        ObserverSummary candidate = observers.nominate(applicant("未聘任"));
        assertThatThrownBy(() -> observers.letter(candidate.id())).hasMessage("observer.error.notAppointed");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_grades_a_serving_observer_once_a_year_and_may_correct_the_grade() {
        ObserverSummary o = appointed("俞莲舟");
        int year = today().getYear();
        evaluations.evaluate(o.id(), year, EvaluationGrade.COMPETENT, "按时履职");
        evaluations.evaluate(o.id(), year, EvaluationGrade.EXCELLENT, "建议被采纳多条");
        assertThat(evaluations.evaluations(o.id())).singleElement()
                .satisfies(e -> assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT));
        assertThatThrownBy(() -> evaluations.evaluate(o.id(), year - 1, EvaluationGrade.COMPETENT, null))
                .isInstanceOf(Refusal.class).hasMessage("evaluation.error.notServing");
        assertThatThrownBy(() -> evaluations.evaluate(o.id(), year, null, null)).hasMessage("evaluation.error.grade");
        ObserverSummary candidate = observers.nominate(applicant("未聘任者"));
        assertThatThrownBy(() -> evaluations.evaluate(candidate.id(), year, EvaluationGrade.COMPETENT, null))
                .hasMessage("evaluation.error.notServing");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void corps_size_counts_serving_observers_against_the_yearly_target() {
        ObserverSummary candidate = approved("张松溪");
        publicity.openPublicity(List.of(candidate.id()), today());
        clock.advance(Duration.ofDays(30));
        int year = today().getYear();
        long before = entrepreneursInDistricts(year);
        long inEcq = corps.byDistrict(year).stream().filter(d -> d.districtCode().equals("ECQ")).findFirst()
                .orElseThrow().serving();
        ObserverSummary appointed = publicity.appoint(List.of(candidate.id()), today(), today().plusYears(2).minusDays(1))
                .getFirst();
        assertThat(entrepreneursInDistricts(year)).isEqualTo(before + 1);
        assertThat(corps.byDistrict(year)).filteredOn(d -> d.districtCode().equals("ECQ")).singleElement()
                .satisfies(d -> assertThat(d.serving()).isEqualTo(inEcq + 1));
        assertThat(corps.countedOn(year)).isEqualTo(today());
        assertThat(corps.countedOn(year - 1)).isEqualTo(LocalDate.of(year - 1, 12, 31));
        long lastYear = entrepreneursInDistricts(year - 1);
        clock.advance(Duration.ofDays(366));
        assertThat(entrepreneursInDistricts(year - 1)).as("appointed after that year ended").isEqualTo(lastYear);
        long yearGoneBy = entrepreneursInDistricts(year);
        observers.dismiss(appointed.id(), "本人申请辞去观察员");
        assertThat(entrepreneursInDistricts(year)).as("a year gone by counted the appointment; a dismissal is not dated")
                .isEqualTo(yearGoneBy - 1);
        corps.setTarget(year, "ENTREPRENEUR", ObserverLevel.DISTRICT, 40);
        CorpsSize row = corps.size(year).stream().filter(s -> s.category().equals("ENTREPRENEUR")
                && s.level() == ObserverLevel.DISTRICT).findFirst().orElseThrow();
        assertThat(row.target()).isEqualTo(40);
        assertThat(corps.size(year)).hasSize(12);
        assertThatThrownBy(() -> corps.setTarget(year, "ENTREPRENEUR", ObserverLevel.CITY, -1)).hasMessage("corps.error.target");
        assertThatThrownBy(() -> corps.setTarget(year, "ASTRONAUT", ObserverLevel.CITY, 3)).hasMessage("observer.error.category");
    }

    private long entrepreneursInDistricts(int year) {
        return corps.size(year).stream().filter(s -> s.category().equals("ENTREPRENEUR")
                && s.level() == ObserverLevel.DISTRICT).findFirst().orElseThrow().serving();
    }
}
