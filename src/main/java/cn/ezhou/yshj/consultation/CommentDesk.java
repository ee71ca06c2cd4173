package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.internal.CommentRepository;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.ConsultationComment;
import cn.ezhou.yshj.consultation.internal.ConsultationPart;
import cn.ezhou.yshj.consultation.internal.ConsultationPartRepository;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import cn.ezhou.yshj.consultation.internal.Viewer;
import cn.ezhou.yshj.consultation.internal.Viewers;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Comments while the window is open: written, edited and withdrawn only by their author and only
 * until the closing day ends. Before the report, a commenter sees only their own comments.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CommentDesk {

    private final ConsultationRepository consultations;
    private final ConsultationPartRepository parts;
    private final CommentRepository comments;
    private final Viewers viewers;
    private final AuditService audit;
    private final ObserverRights rights;
    private final Clock clock;

    CommentDesk(ConsultationRepository consultations, ConsultationPartRepository parts, CommentRepository comments,
                Viewers viewers, AuditService audit, ObserverRights rights, Clock clock) {
        this.rights = rights;
        this.consultations = consultations;
        this.parts = parts;
        this.comments = comments;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public CommentRecord comment(long consultationId, @Valid CommentCommand command) {
        rights.requireServing();
        Viewer v = viewers.current();
        Consultation c = viewers.readable(consultations, consultationId, v);
        if (!v.mayComment(c)) {
            audit.recordRefused("CONSULTATION_COMMENT", "Consultation", consultationId, "not in the audience");
            throw new Refusal("consultation.error.notAudience");
        }
        requireOpen(c);
        String author = v.association().map(m -> m.name()).orElseGet(() -> viewers.displayName(v.username()));
        ConsultationComment comment = new ConsultationComment(consultationId, v.username(), author,
                v.association().map(m -> m.associationId()).orElse(null), clock.instant());
        write(comment, c, command);
        ConsultationComment saved = comments.saveAndFlush(comment);
        audit.record("CONSULTATION_COMMENT", "Consultation", consultationId, AuditService.SUCCESS, "comment " + saved.getId());
        return saved.toRecord(label(saved.getPartId()), true);
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public CommentRecord edit(long commentId, long version, @Valid CommentCommand command) {
        rights.requireServing();
        ConsultationComment comment = own(commentId, version);
        write(comment, consultations.findById(comment.getConsultationId()).orElseThrow(), command);
        ConsultationComment saved = comments.saveAndFlush(comment);
        audit.record("CONSULTATION_COMMENT_EDIT", "Consultation", comment.getConsultationId(), AuditService.SUCCESS,
                "comment " + commentId);
        return saved.toRecord(label(saved.getPartId()), true);
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public void withdraw(long commentId, long version) {
        ConsultationComment comment = own(commentId, version);
        comment.withdraw(clock.instant());
        audit.record("CONSULTATION_COMMENT_WITHDRAW", "Consultation", comment.getConsultationId(), AuditService.SUCCESS,
                "comment " + commentId);
    }

    /**
     * The comments the viewer may see: all of them for the drafters and the office; after the
     * report, the answered ones for every reader; before it, only the viewer's own.
     */
    public List<CommentRecord> comments(long consultationId) {
        Viewer v = viewers.current();
        Consultation c = viewers.readable(consultations, consultationId, v);
        Map<Long, String> labels = parts.findByConsultationIdOrderByPosition(consultationId).stream()
                .collect(Collectors.toMap(ConsultationPart::getId, p -> p.toPart().displayLabel()));
        List<ConsultationComment> found;
        if (v.seesAllComments(c)) {
            found = comments.findByConsultationIdOrderById(consultationId);
        } else if (c.getReportPublishedAt() != null) {
            found = comments.findByConsultationIdOrderById(consultationId).stream()
                    .filter(k -> !k.isWithdrawn() || k.getAuthorUsername().equals(v.username())).toList();
        } else if (v.anonymous()) {
            return List.of();
        } else {
            found = comments.findByConsultationIdAndAuthorUsernameOrderById(consultationId, v.username());
        }
        return found.stream().map(k -> k.toRecord(labels.get(k.getPartId()),
                k.getAuthorUsername().equals(v.username()))).toList();
    }

    private ConsultationComment own(long commentId, long version) {
        Viewer v = viewers.current();
        ConsultationComment comment = comments.findById(commentId)
                .filter(k -> k.getAuthorUsername().equals(v.username()))
                .orElseThrow(() -> new Refusal("consultation.error.commentNotFound"));
        if (comment.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        if (comment.isWithdrawn()) {
            throw new Refusal("consultation.error.commentWithdrawn");
        }
        requireOpen(consultations.findById(comment.getConsultationId()).orElseThrow());
        return comment;
    }

    private void write(ConsultationComment comment, Consultation c, CommentCommand command) {
        if (command.partId() != null && parts.findById(command.partId())
                .filter(p -> p.getConsultationId() == c.getId() && p.toPart().commentable()).isEmpty()) {
            throw new Refusal("consultation.error.partUnknown");
        }
        comment.write(command.partId(), UserText.strip(command.body()), blankToNull(command.proposedWording()),
                command.membersRepresented(), clock.instant());
    }

    private void requireOpen(Consultation c) {
        ConsultationPhase phase = c.phase(LocalDate.now(clock));
        if (phase == ConsultationPhase.SCHEDULED) {
            throw new Refusal("consultation.error.notOpenYet");
        }
        if (phase != ConsultationPhase.OPEN) {
            throw new Refusal("consultation.error.windowClosed");
        }
    }

    private String label(Long partId) {
        return partId == null ? null : parts.findById(partId).map(p -> p.toPart().displayLabel()).orElse(null);
    }

    private static String blankToNull(String s) {
        return UserText.orNull(s);
    }
}
