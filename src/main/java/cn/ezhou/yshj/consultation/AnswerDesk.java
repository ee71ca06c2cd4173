package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.internal.CommentRepository;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.ConsultationComment;
import cn.ezhou.yshj.consultation.internal.ConsultationNotifier;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import cn.ezhou.yshj.consultation.internal.Viewer;
import cn.ezhou.yshj.consultation.internal.Viewers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adoption-feedback mechanism: after the window closes the drafting department answers every
 * comment (a reason unless adopted), and publishes the feedback report once nothing is unanswered.
 * A consultation the office drafted itself is answered by the office.
 */
@Service
@Transactional(readOnly = true)
public class AnswerDesk {

    @Stored("consultation_comment.reason")
    static final int MAX_REASON = 2000;

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final CommentDesk commentDesk;
    private final Viewers viewers;
    private final ConsultationNotifier notifier;
    private final AuditService audit;
    private final Clock clock;

    AnswerDesk(ConsultationRepository consultations, CommentRepository comments, CommentDesk commentDesk, Viewers viewers,
               ConsultationNotifier notifier, AuditService audit, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.commentDesk = commentDesk;
        this.viewers = viewers;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('DEPARTMENT','OFFICE')")
    @Transactional
    public void answer(long commentId, long version, AnswerOutcome outcome, String reason) {
        ConsultationComment comment = comments.findById(commentId)
                .orElseThrow(() -> new Refusal("consultation.error.commentNotFound"));
        Consultation c = drafted(comment.getConsultationId());
        if (c.phase(LocalDate.now(clock)) != ConsultationPhase.ANSWERING) {
            throw new Refusal(c.getReportPublishedAt() != null ? "consultation.error.reportPublished"
                    : "consultation.error.stillOpen");
        }
        if (comment.isWithdrawn()) {
            throw new Refusal("consultation.error.commentWithdrawn");
        }
        if (comment.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        if (outcome == null) {
            throw new Refusal("consultation.error.outcomeRequired");
        }
        String text = UserText.orNull(reason);
        if (outcome.needsReason() && text == null) {
            throw new Refusal("consultation.error.reasonRequired");
        }
        if (text != null && text.length() > MAX_REASON) {
            throw new Refusal("consultation.error.reasonLength");
        }
        comment.answer(outcome, text, viewers.current().username(), clock.instant());
        comments.saveAndFlush(comment);
        audit.record("CONSULTATION_ANSWER", "Consultation", c.getId(), AuditService.SUCCESS,
                "comment " + commentId + " " + outcome);
    }

    /**
     * One answer for a group of alike comments (see {@link CommentGroup}): each comment gets it as its
     * own recorded answer, checked as one answer would be; if any is refused, none is answered.
     */
    @PreAuthorize("hasAnyRole('DEPARTMENT','OFFICE')")
    @Transactional
    public void answerAll(List<Target> comments, AnswerOutcome outcome, String reason) {
        if (comments == null || comments.isEmpty()) {
            throw new Refusal("consultation.error.commentNotFound");
        }
        comments.forEach(t -> answer(t.commentId(), t.version(), outcome, reason));
    }

    /** A comment to answer, at the version the department saw. */
    public record Target(long commentId, long version) {
    }

    /** Publishes 意见采纳情况; refused while any comment is unanswered. Commenters and the audience are told. */
    @PreAuthorize("hasAnyRole('DEPARTMENT','OFFICE')")
    @Transactional
    public void publishReport(long consultationId) {
        Consultation c = drafted(consultationId);
        if (c.phase(LocalDate.now(clock)) != ConsultationPhase.ANSWERING) {
            throw new Refusal(c.getReportPublishedAt() != null ? "consultation.error.reportPublished"
                    : "consultation.error.stillOpen");
        }
        long open = comments.countUnanswered(consultationId);
        if (open > 0) {
            throw new Refusal("consultation.error.unanswered", open);
        }
        c.publishReport(clock.instant());
        consultations.saveAndFlush(c);
        audit.record("CONSULTATION_REPORT", "Consultation", consultationId, AuditService.SUCCESS, c.getReferenceNo());
        Set<String> told = new LinkedHashSet<>(comments.commenters(consultationId));
        told.addAll(notifier.audience(c));
        notifier.send(told, c, "notice.consultation.reported");
    }

    /** The published report, readable by whoever may read the consultation. */
    public FeedbackReport report(long consultationId) {
        Viewer v = viewers.current();
        Consultation c = viewers.readable(consultations, consultationId, v);
        if (c.getReportPublishedAt() == null && !v.seesAllComments(c)) {
            throw new Refusal("consultation.error.reportNotPublished");
        }
        List<CommentRecord> all = commentDesk.comments(consultationId).stream().filter(k -> !k.withdrawn()).toList();
        Map<AnswerOutcome, Long> counts = new EnumMap<>(AnswerOutcome.class);
        for (AnswerOutcome o : AnswerOutcome.values()) {
            counts.put(o, all.stream().filter(k -> k.outcome() == o).count());
        }
        return new FeedbackReport(c.getId(), c.getReferenceNo(), c.getTitle(), c.getDraftingUnit(),
                c.getReportPublishedAt(), counts, all);
    }

    /** For the office: consultations not yet reported with comments still unanswered, and how many. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<UnansweredConsultation> unanswered(Pageable pageable) {
        return unanswered(false, pageable);
    }

    /** The same, only those past their answer deadline when {@code lateOnly}. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<UnansweredConsultation> unanswered(boolean lateOnly, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueBefore = lateOnly ? today : LocalDate.of(9999, 12, 31);
        return comments.unansweredByConsultation(today, dueBefore, pageable).stream().map(row -> {
            Consultation c = consultations.findById((Long) row[0]).orElseThrow();
            return new UnansweredConsultation(c.toSummary(today), (Long) row[1]);
        }).toList();
    }

    private Consultation drafted(long consultationId) {
        Viewer v = viewers.current();
        Consultation c = viewers.readable(consultations, consultationId, v);
        if (!v.drafts(c)) {
            audit.recordRefused("CONSULTATION_ANSWER", "Consultation", consultationId, "not the drafting unit");
            throw new Refusal("consultation.error.notDrafter");
        }
        return c;
    }
}
