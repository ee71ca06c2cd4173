package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.consultation.PolicySummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import cn.ezhou.yshj.base.SearchWords;

/**
 * An issued policy, linked to the consultation on its draft when there was one. Every policy is a
 * public document; indexed with its issue date, as one recorded ahead of its day is not yet issued.
 */
@Entity
@Indexed(index = "policy")
public class Policy extends AbstractEntity {

    private Long consultationId;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String title;
    private String documentNo;
    private String issuingUnit;
    @GenericField(sortable = Sortable.YES)
    private LocalDate issuedOn;
    private boolean benefit;
    private boolean toObservers;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String summary;
    private String createdBy;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_tag", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "tag_code")
    private Set<String> tags = new HashSet<>();

    /**
     * The policy's articles, read only, for the index. They are written once, by their own repository
     * right after the policy, which is then indexed again after commit (see PublicTextIndex).
     */
    @OneToMany
    @JoinColumn(name = "policy_id", insertable = false, updatable = false)
    @BatchSize(size = 200)
    @IndexedEmbedded(includePaths = {"title", "body"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<PolicyPart> parts = new ArrayList<>();

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
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getSummary() { return summary; }
    public boolean isToObservers() { return toObservers; }
    public Set<String> getTags() { return Set.copyOf(tags); }
}
