package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObserverApplication;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverState;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.observer.TermFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An applicant, candidate or appointed observer. The state changes only through {@link #moveTo}. */
@Entity
@Table(name = "observer")
public class Observer extends AbstractEntity {

    @Column(name = "reference_no", nullable = false, unique = true, length = 24)
    private String referenceNo;
    @Column(nullable = false, length = 30)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;
    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;
    @Column(nullable = false, length = 11)
    private String mobile;
    @Column(length = 120)
    private String email;
    @Column(nullable = false, length = 100)
    private String employer;
    @Column(length = 60)
    private String title;
    @Column(nullable = false, length = 32)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ObserverLevel level;
    @Column(name = "district_code", length = 32)
    private String districtCode;
    @Column(length = 60)
    private String industry;
    @Column(name = "recommending_unit", length = 100)
    private String recommendingUnit;
    @Column(length = 2000)
    private String motivation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObserverState state;
    @Column(nullable = false)
    private boolean nominated;
    @Column(name = "state_reason", length = 500)
    private String stateReason;
    @Column(name = "publicity_batch_id")
    private Long publicityBatchId;
    @Column(name = "certificate_no", unique = true, length = 24)
    private String certificateNo;
    @Column(name = "term_start")
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    /** The term end a reminder went out for; a renewal with a new end makes the next reminder due. */
    @Column(name = "term_number", nullable = false)
    private int termNumber = 1;
    @Column(name = "serving_since")
    private LocalDate servingSince;
    @Column(name = "renewed_until")
    private LocalDate renewedUntil;
    @Column(name = "renewed_on")
    private LocalDate renewedOn;
    @Column(name = "term_end_reminded_for")
    private LocalDate termEndRemindedFor;
    @Column(name = "invitation_code", length = 40)
    private String invitationCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Observer() {
    }

    public Observer(String referenceNo, ObserverApplication a, IdNumber id, MobileNumber mobile, boolean nominated,
                    Instant now) {
        this.referenceNo = referenceNo;
        this.name = UserText.strip(a.name());
        this.gender = a.gender();
        this.idNumber = id.value();
        this.mobile = mobile.value();
        this.email = blankToNull(a.email());
        this.employer = UserText.strip(a.employer());
        this.title = blankToNull(a.title());
        this.category = a.category();
        this.level = a.level();
        this.districtCode = blankToNull(a.districtCode());
        this.industry = blankToNull(a.industry());
        this.recommendingUnit = blankToNull(a.recommendingUnit());
        this.motivation = blankToNull(a.motivation());
        this.nominated = nominated;
        this.state = ObserverState.APPLIED;
        this.createdAt = now;
    }

    /** Moves to the next state, or refuses with the transition that is not allowed. */
    public ObserverState moveTo(ObserverState next, String reason) {
        if (!state.canBecome(next)) {
            throw new Refusal("observer.error.transition", state.name(), next.name());
        }
        ObserverState from = state;
        state = next;
        stateReason = reason;
        return from;
    }

    public void enterPublicity(long batchId) {
        moveTo(ObserverState.IN_PUBLICITY, null);
        this.publicityBatchId = batchId;
    }

    public void appoint(String certificateNo, LocalDate start, LocalDate end) {
        moveTo(ObserverState.APPOINTED, null);
        this.certificateNo = certificateNo;
        this.termStart = start;
        this.termEnd = end;
        this.servingSince = start;
        this.termNumber = 1;
    }

    /**
     * 续聘 decided on {@code today}: the next term is fixed now and begins the day after the current one
     * ends ({@link #startRenewedTerm}); until then the current term and its duty record run on.
     */
    public void renew(LocalDate newEnd, LocalDate today) {
        if (state != ObserverState.APPOINTED) {
            throw new Refusal("observer.error.transition", state.name(), "RENEWED");
        }
        if (renewedUntil != null) {
            throw new Refusal("observer.error.alreadyRenewed", renewedUntil.toString());
        }
        if (!newEnd.isAfter(termEnd)) {
            throw new Refusal("observer.error.termEndBeforeStart");
        }
        moveTo(ObserverState.APPOINTED, null);
        this.renewedUntil = newEnd;
        this.renewedOn = today;
    }

    /** The renewed term begins once the current one is over; false when there is none to begin yet. */
    public boolean startRenewedTerm(LocalDate today) {
        if (renewedUntil == null || !termEnd.isBefore(today)) {
            return false;
        }
        this.termStart = termEnd.plusDays(1);
        this.termEnd = renewedUntil;
        this.termNumber++;
        this.renewedUntil = null;
        return true;
    }

    /** The end of the last term decided: the renewed one's when a renewal waits, else the current one's. */
    public LocalDate lastDecidedEnd() {
        return renewedUntil != null ? renewedUntil : termEnd;
    }

    private static String blankToNull(String s) {
        return UserText.orNull(s);
    }

    public ObserverState getState() {
        return state;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public String getReferenceNo() {
        return referenceNo;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Long getPublicityBatchId() {
        return publicityBatchId;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void markTermEndReminded() {
        this.termEndRemindedFor = lastDecidedEnd();
    }

    public LocalDate getRenewedUntil() {
        return renewedUntil;
    }

    public Gender getGender() {
        return gender;
    }

    public String getCategory() {
        return category;
    }

    public String getEmployer() {
        return employer;
    }

    public void setInvitationCode(String invitationCode) {
        this.invitationCode = invitationCode;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public ObserverSummary toSummary() {
        return new ObserverSummary(getId(), getVersion(), referenceNo, name, gender, new IdNumber(idNumber).masked(),
                new MobileNumber(mobile).masked(), email, employer, title, category, level, districtCode, industry,
                recommendingUnit, state, nominated, certificateNo, termStart, termEnd, publicityBatchId,
                new TermFacts(termNumber, servingSince, renewedUntil, renewedOn));
    }
}
