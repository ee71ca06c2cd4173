package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.consultation.ConsultationSummary;
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
 * A consultation on a draft. Indexed for the public search with what decides whether the public
 * may see it: addressed to the public, and its opening day (not before it has opened). Both are
 * fixed when it is opened, so the index never lags behind a change of audience.
 */
@Entity
@Indexed(index = "consultation")
public class Consultation extends AbstractEntity {

    private String referenceNo;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String title;
    private String draftingUnit;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String explanation;
    @GenericField(sortable = Sortable.YES)
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String shortWindowReason;
    private boolean toObservers;
    @GenericField
    private boolean toPublic;
    private Instant openedAt;
    private LocalDate answerDue;
    private Instant closingRemindedAt;
    private Instant closedNotifiedAt;
    private Instant answersWarnedAt;
    private Instant answersSupervisedAt;
    private Instant reportPublishedAt;
    private String createdBy;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_audience_tag", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "tag_code")
    private Set<String> audienceTags = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_audience_association", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "association_id")
    private Set<Long> audienceAssociations = new HashSet<>();

    /**
     * The draft's articles, read only, for the index. They are written once, by their own repository
     * right after the consultation, which is then indexed again after commit (see PublicTextIndex).
     */
    @OneToMany
    @JoinColumn(name = "consultation_id", insertable = false, updatable = false)
    @BatchSize(size = 200)
    @IndexedEmbedded(includePaths = {"title", "body"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<ConsultationPart> parts = new ArrayList<>();

    protected Consultation() {
    }

    public Consultation(String referenceNo, String title, String draftingUnit, String explanation, LocalDate opensOn,
                        LocalDate closesOn, String shortWindowReason, String createdBy, Instant createdAt) {
        this.referenceNo = referenceNo;
        this.title = title;
        this.draftingUnit = draftingUnit;
        this.explanation = explanation;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.shortWindowReason = shortWindowReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void audience(Set<String> tags, Set<Long> associations, boolean observers, boolean pub) {
        audienceTags.addAll(tags);
        audienceAssociations.addAll(associations);
        toObservers = observers;
        toPublic = pub;
    }

    /** Open on and up to its closing day (city time); then answering until the report is out. */
    public ConsultationPhase phase(LocalDate today) {
        if (reportPublishedAt != null) {
            return ConsultationPhase.REPORTED;
        }
        if (today.isBefore(opensOn)) {
            return ConsultationPhase.SCHEDULED;
        }
        return today.isAfter(closesOn) ? ConsultationPhase.ANSWERING : ConsultationPhase.OPEN;
    }

    public ConsultationSummary toSummary(LocalDate today) {
        return new ConsultationSummary(getId(), referenceNo, title, draftingUnit, opensOn, closesOn, phase(today),
                toPublic, answerDue);
    }

    public void markOpened(Instant at) { openedAt = at; }
    public Instant getOpenedAt() { return openedAt; }
    public void setAnswerDue(LocalDate answerDue) { this.answerDue = answerDue; }
    public void markClosingReminded(Instant at) { closingRemindedAt = at; }
    public void markClosedNotified(Instant at) { closedNotifiedAt = at; }
    public void markAnswersWarned(Instant at) { answersWarnedAt = at; }
    public void markAnswersSupervised(Instant at) { answersSupervisedAt = at; }
    public void publishReport(Instant at) { reportPublishedAt = at; }

    public String getReferenceNo() { return referenceNo; }
    public String getTitle() { return title; }
    public String getDraftingUnit() { return draftingUnit; }
    public String getExplanation() { return explanation; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getShortWindowReason() { return shortWindowReason; }
    public boolean isToObservers() { return toObservers; }
    public boolean isToPublic() { return toPublic; }
    public LocalDate getAnswerDue() { return answerDue; }
    public Instant getReportPublishedAt() { return reportPublishedAt; }
    public Set<String> getAudienceTags() { return Set.copyOf(audienceTags); }
    public Set<Long> getAudienceAssociations() { return Set.copyOf(audienceAssociations); }
}
