package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.consultation.PolicySummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An issued policy, linked to the consultation on its draft when there was one. */
@Entity
public class Policy extends AbstractEntity {

    private Long consultationId;
    private String title;
    private String documentNo;
    private String issuingUnit;
    private LocalDate issuedOn;
    private boolean benefit;
    private boolean toObservers;
    private String summary;
    private String createdBy;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_tag", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "tag_code")
    private Set<String> tags = new HashSet<>();

    protected Policy() {
    }

    public Policy(Long consultationId, String title, String documentNo, String issuingUnit, LocalDate issuedOn,
                  boolean benefit, boolean toObservers, String summary, Set<String> tags, String createdBy, Instant at) {
        this.consultationId = consultationId;
        this.title = title;
        this.documentNo = documentNo;
        this.issuingUnit = issuingUnit;
        this.issuedOn = issuedOn;
        this.benefit = benefit;
        this.toObservers = toObservers;
        this.summary = summary;
        this.tags.addAll(tags);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public PolicySummary toSummary(boolean pushedToMe, Instant readAt) {
        return new PolicySummary(getId(), title, documentNo, issuingUnit, issuedOn, benefit, tags, pushedToMe, readAt);
    }

    public Long getConsultationId() { return consultationId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isToObservers() { return toObservers; }
    public Set<String> getTags() { return Set.copyOf(tags); }
}
