package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.submission.FigureBucket;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import cn.ezhou.yshj.base.SearchWords;

/**
 * A suggestion, complaint or lead. State changes go through the services, which enforce the rule table.
 * The deadline watch's marks and the figures' bookkeeping are not changes a person makes: they leave
 * the version as it is, so a department that opened the item before a warning can still act on it,
 * and only changed columns are written, so such an action cannot erase a mark (docs/decisions/0040).
 */
@Entity
@Table(name = "submission")
@DynamicUpdate
@Indexed(index = "submission")
public class Submission extends AbstractEntity {

    @Column(name = "reference_no")
    @KeywordField(name = "reference")
    private String referenceNo;
    @Column(name = "client_token")
    private String clientToken;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private SubmissionType type;
    @Column(name = "domain_code")
    @KeywordField(name = "domain")
    private String domainCode;
    @Column(name = "district_code")
    @KeywordField(name = "district")
    private String districtCode;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String title;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String body;
    @Column(name = "suggested_unit")
    private String suggestedUnit;
    @Column(name = "channel_code")
    @KeywordField(name = "channel")
    private String channelCode;
    @Column(name = "channel_ref")
    private String channelRef;
    @Column(name = "submitter_username")
    @KeywordField(name = "submitter")
    private String submitterUsername;
    @Column(name = "submitter_name")
    private String submitterName;
    @Column(name = "submitter_contact")
    private String submitterContact;
    private String pseudonym;
    @Column(name = "name_disclosed")
    private boolean nameDisclosed;
    @Column(name = "identity_revealed")
    private boolean identityRevealed;
    private boolean urgent;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private SubmissionState state;
    @Column(name = "lead_unit")
    @KeywordField(name = "lead")
    private String leadUnit;
    @GenericField(sortable = Sortable.YES)
    private LocalDate deadline;
    @Column(name = "warned_at")
    @OptimisticLock(excluded = true)
    private Instant warnedAt;
    @Column(name = "supervised_at")
    @OptimisticLock(excluded = true)
    private Instant supervisedAt;
    /** The last day of the current one-working-day step (triage when received or returned, signing when assigned). */
    private LocalDate stepDue;
    @OptimisticLock(excluded = true)
    private Instant stepLateAt;
    @Column(name = "extension_until")
    private LocalDate extensionUntil;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Column(name = "common_problem_id")
    private Long commonProblemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_type")
    private ResultType resultType;
    @Column(name = "reply_text")
    @FullTextField(name = "reply", analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String replyText;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    @Column(name = "rating_comment")
    private String ratingComment;
    @Column(name = "rated_at")
    private Instant ratedAt;
    @Column(name = "rating_due_at")
    private Instant ratingDueAt;
    @Column(name = "rating_defaulted")
    private boolean ratingDefaulted;
    @Column(name = "reopen_count")
    private int reopenCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    @GenericField(sortable = Sortable.YES)
    private Instant submittedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** Set with every change, in its transaction: the oversight figures recount the item, then clear it. */
    @Column(name = "figures_dirty")
    @OptimisticLock(excluded = true)
    private boolean figuresDirty;
    /** The buckets the item was counted in before it moved, until recounted (see FigureMarks). */
    @Column(name = "figures_from")
    @OptimisticLock(excluded = true)
    private String figuresFrom;
    /** The item's figure bucket as loaded, to tell a move to another day or department. */
    @Transient
    private FigureBucket loadedBucket;
    /**
     * The departments on the item, read only, for the index: a department searches the items it
     * leads or helps with. The desks change parties by their own repository and then reindex the
     * item after commit (see ItemIndex), so no change here is tracked.
     */
    @OneToMany
    @JoinColumn(name = "submission_id", insertable = false, updatable = false)
    @BatchSize(size = 200)
    @IndexedEmbedded(includePaths = "unit")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<SubmissionParty> parties = new ArrayList<>();

    protected Submission() {
    }

    @PostLoad
    void rememberBucket() {
        loadedBucket = FigureBucket.of(state, deadline, submittedAt, leadUnit);
    }

    /** Marks every insert and update for the oversight figures, whichever service made it. */
    @PrePersist
    @PreUpdate
    void markForFigures() {
        figuresDirty = true;
        figuresFrom = FigureMarks.moved(figuresFrom, loadedBucket, FigureBucket.of(state, deadline, submittedAt, leadUnit));
    }

    /** A draft of a portal user, or (with {@link #registerExternal}) an item from another channel. */
    public Submission(String clientToken, String submitterUsername, String pseudonym, Instant now) {
        this.clientToken = clientToken;
        this.submitterUsername = submitterUsername;
        this.pseudonym = pseudonym == null ? "" : pseudonym;
        this.channelCode = "PORTAL";
        this.state = SubmissionState.DRAFT;
        this.createdAt = now;
        this.type = SubmissionType.SUGGESTION;
        this.domainCode = "";
        this.title = "";
        this.body = "";
    }

    public static Submission external(String channelCode, String channelRef, String submitterName,
                                      String submitterContact, Instant now) {
        Submission s = new Submission(null, null, "", now);
        s.channelCode = channelCode;
        s.channelRef = channelRef;
        s.submitterName = submitterName;
        s.submitterContact = submitterContact;
        return s;
    }

    public void edit(SubmissionType type, String domainCode, String districtCode, String title, String body,
                     String suggestedUnit, boolean nameDisclosed, boolean urgent) {
        this.type = type == null ? SubmissionType.SUGGESTION : type;
        this.domainCode = domainCode == null ? "" : domainCode;
        this.districtCode = districtCode;
        this.title = title == null ? "" : title;
        this.body = body == null ? "" : body;
        this.suggestedUnit = suggestedUnit;
        this.nameDisclosed = nameDisclosed;
        this.urgent = urgent;
    }

    public void submitted(String referenceNo, String pseudonym, Instant now) {
        this.referenceNo = referenceNo;
        if (this.pseudonym == null || this.pseudonym.isEmpty()) {
            this.pseudonym = pseudonym;
        }
        this.submittedAt = now;
        this.state = SubmissionState.SUBMITTED;
    }

    /** The submitter's name and e-mail at the time of submitting, for the office. */
    public void nameSnapshot(String name, String contact) {
        this.submitterName = name;
        this.submitterContact = contact;
    }

    public void moveTo(SubmissionState next) {
        this.state = next;
    }

    public void assign(String leadUnit, LocalDate deadline, boolean urgent) {
        this.leadUnit = leadUnit;
        this.deadline = deadline;
        this.urgent = urgent;
        this.warnedAt = null;
        this.supervisedAt = null;
        this.state = SubmissionState.ASSIGNED;
    }

    public void clearAssignment() {
        this.leadUnit = null;
        this.deadline = null;
        this.warnedAt = null;
        this.supervisedAt = null;
    }

    public void requestExtension(LocalDate until, String reason) {
        this.extensionUntil = until;
        this.extensionReason = reason;
        this.state = SubmissionState.EXTENSION_REQUESTED;
    }

    public void decideExtension(boolean approved) {
        if (approved) {
            this.deadline = extensionUntil;
            this.warnedAt = null;
            this.supervisedAt = null;
        }
        this.extensionUntil = null;
        this.extensionReason = null;
        this.state = SubmissionState.SIGNED;
    }

    public void reply(ResultType resultType, String text, Instant now) {
        this.resultType = resultType;
        this.replyText = text;
        this.repliedAt = now;
        this.state = SubmissionState.REPLIED;
    }

    public void answer(Instant now, Instant ratingDue) {
        this.answeredAt = now;
        this.ratingDueAt = ratingDue;
        this.rating = null;
        this.ratingComment = null;
        this.ratedAt = null;
        this.ratingDefaulted = false;
        this.state = SubmissionState.ANSWERED;
    }

    public void rate(Rating rating, String comment, boolean defaulted, Instant now) {
        this.rating = rating;
        this.ratingComment = comment;
        this.ratingDefaulted = defaulted;
        this.ratedAt = now;
        if (rating != Rating.DISSATISFIED) {
            close(now);
        }
    }

    public void reopen(LocalDate deadline) {
        this.reopenCount++;
        assign(leadUnit, deadline, urgent);
    }

    public void close(Instant now) {
        this.state = SubmissionState.CLOSED;
        this.closedAt = now;
    }

    public void mergeInto(long targetId, Instant now) {
        this.mergedIntoId = targetId;
        this.state = SubmissionState.MERGED;
        this.closedAt = now;
    }

    public void reject(Instant now) {
        this.state = SubmissionState.REJECTED;
        this.closedAt = now;
    }

    public void markWarned(Instant now) {
        this.warnedAt = now;
    }

    /** A one-working-day step begins: the office's triage, or the lead department's signing. */
    public void startStep(LocalDate due) {
        this.stepDue = due;
        this.stepLateAt = null;
    }

    public void markStepLate(Instant now) {
        this.stepLateAt = now;
    }

    public void markSupervised(Instant now) {
        this.supervisedAt = now;
    }

    public void revealIdentity() {
        this.identityRevealed = true;
    }

    public void linkToProblem(Long problemId) {
        this.commonProblemId = problemId;
    }

    /** The id again as a sortable index field: items received in the same instant keep an order. */
    @GenericField(name = "seq", sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getSeq() { return getId(); }

    public String getReferenceNo() { return referenceNo; }
    public String getClientToken() { return clientToken; }
    public SubmissionType getType() { return type; }
    public String getDomainCode() { return domainCode; }
    public String getDistrictCode() { return districtCode; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getSuggestedUnit() { return suggestedUnit; }
    public String getChannelCode() { return channelCode; }
    public String getChannelRef() { return channelRef; }
    public String getSubmitterUsername() { return submitterUsername; }
    public String getSubmitterName() { return submitterName; }
    public String getSubmitterContact() { return submitterContact; }
    public String getPseudonym() { return pseudonym; }
    public boolean isNameDisclosed() { return nameDisclosed; }
    public boolean isIdentityRevealed() { return identityRevealed; }
    public boolean isUrgent() { return urgent; }
    public SubmissionState getState() { return state; }
    public String getLeadUnit() { return leadUnit; }
    public LocalDate getDeadline() { return deadline; }
    public Instant getWarnedAt() { return warnedAt; }
    public Instant getSupervisedAt() { return supervisedAt; }
    public LocalDate getStepDue() { return stepDue; }
    public LocalDate getExtensionUntil() { return extensionUntil; }
    public String getExtensionReason() { return extensionReason; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Long getCommonProblemId() { return commonProblemId; }
    public ResultType getResultType() { return resultType; }
    public String getReplyText() { return replyText; }
    public Instant getRepliedAt() { return repliedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Rating getRating() { return rating; }
    public String getRatingComment() { return ratingComment; }
    public boolean isRatingDefaulted() { return ratingDefaulted; }
    public Instant getRatingDueAt() { return ratingDueAt; }
    public int getReopenCount() { return reopenCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
}
