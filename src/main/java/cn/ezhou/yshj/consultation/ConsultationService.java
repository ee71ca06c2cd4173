package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.search.Reindexing;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.association.AssociationDirectory;
import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.ConsultationNotifier;
import cn.ezhou.yshj.consultation.internal.ConsultationPart;
import cn.ezhou.yshj.consultation.internal.ConsultationPartRepository;
import cn.ezhou.yshj.consultation.internal.ConsultationNumbers;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import cn.ezhou.yshj.consultation.internal.PolicyRepository;
import cn.ezhou.yshj.consultation.internal.PhaseWindow;
import cn.ezhou.yshj.consultation.internal.Viewer;
import cn.ezhou.yshj.consultation.internal.Viewers;
import cn.ezhou.yshj.consultation.internal.WindowRules;
import cn.ezhou.yshj.consultation.text.DraftPart;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opening consultations and reading them. A department opens consultations on its own drafts, the
 * office for any unit; a non-public consultation is readable only by its audience, its drafters
 * and the office — to anyone else it does not exist.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConsultationService {

    static final String FILES = "consultation";
    static final int MAX_FILES = 10;

    private final ConsultationRepository consultations;
    private final ConsultationPartRepository parts;
    private final PolicyRepository policies;
    private final Viewers viewers;
    private final ConsultationNotifier notifier;
    private final AssociationDirectory associations;
    private final DirectoryService directory;
    private final WorkCalendarService calendar;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final ConsultationNumbers numbers;
    private final ObserverRights rights;
    private final Reindexing reindexing;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, ConsultationPartRepository parts, PolicyRepository policies,
                        Viewers viewers, ConsultationNotifier notifier, AssociationDirectory associations,
                        DirectoryService directory, WorkCalendarService calendar, AttachmentService attachments,
                        AuditService audit, ConsultationNumbers numbers, ObserverRights rights, Reindexing reindexing,
                        Clock clock) {
        this.rights = rights;
        this.reindexing = reindexing;
        this.consultations = consultations;
        this.numbers = numbers;
        this.parts = parts;
        this.policies = policies;
        this.viewers = viewers;
        this.notifier = notifier;
        this.associations = associations;
        this.directory = directory;
        this.calendar = calendar;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a consultation today; its audience is told at once. */
    @PreAuthorize("hasAnyRole('DEPARTMENT','OFFICE')")
    @Transactional
    public long open(@Valid OpenConsultation command) {
        Viewer viewer = viewers.current();
        if (!viewer.office() && !command.draftingUnit().equals(viewer.departmentUnit())) {
            audit.recordRefused("CONSULTATION_OPEN", "Consultation", null, "unit " + command.draftingUnit());
            throw new Refusal("consultation.error.notYourUnit");
        }
        if (directory.orgUnit(command.draftingUnit()).isEmpty()) {
            throw new Refusal("consultation.error.unitUnknown");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate opensOn = command.opensOn() == null ? today : command.opensOn();
        String reason = WindowRules.check(today, opensOn, command.closesOn(), command.shortWindowReason());
        WindowRules.checkAudience(command);
        if (!tags().containsAll(command.audienceTags())) {
            throw new Refusal("association.error.unknownTag");
        }
        if (associations.names(command.audienceAssociations()).size() != command.audienceAssociations().size()) {
            throw new Refusal("association.error.unknown");
        }
        WindowRules.checkParts(command.parts());
        Consultation c = new Consultation(numbers.next(today.getYear()),
                UserText.strip(command.title()), command.draftingUnit(), UserText.strip(command.explanation()), opensOn, command.closesOn(),
                reason, viewer.username(), clock.instant());
        c.audience(command.audienceTags(), command.audienceAssociations(), command.toObservers(), command.toPublic());
        c.setAnswerDue(calendar.plusWorkingDays(command.closesOn(), WindowRules.ANSWER_WORKING_DAYS));
        Consultation saved = consultations.saveAndFlush(c);
        List<ConsultationPart> stored = new ArrayList<>();
        int position = 0;
        for (DraftPart part : command.parts()) {
            stored.add(new ConsultationPart(saved.getId(), position++, part));
        }
        parts.saveAll(stored);
        reindexing.afterCommit(Consultation.class, saved.getId());
        if (!command.attachmentIds().isEmpty()) {
            attachments.bind(command.formKey(), command.attachmentIds(), FILES, saved.getId(), MAX_FILES);
        }
        audit.record("CONSULTATION_OPEN", "Consultation", saved.getId(), AuditService.SUCCESS, saved.getReferenceNo());
        if (!opensOn.isAfter(today)) {
            saved.markOpened(clock.instant());
            notifier.toAudience(saved, "notice.consultation.opened");
        }
        return saved.getId();
    }

    /** The consultations the viewer may read, newest first. */
    public Page<ConsultationSummary> list(Pageable pageable) {
        return list(null, pageable);
    }

    /** The same, only those in the phase given (null: all), e.g. the open ones an audience may comment on now. */
    public Page<ConsultationSummary> list(ConsultationPhase phase, Pageable pageable) {
        Viewer v = viewers.current();
        LocalDate today = LocalDate.now(clock);
        PhaseWindow w = PhaseWindow.of(phase, today);
        Page<Consultation> page;
        if (v.office()) {
            page = consultations.allIn(w, pageable);
        } else if (v.departmentUnit() != null) {
            page = consultations.draftedIn(v.departmentUnit(), w, pageable);
        } else if (v.observer() || v.association().isPresent()) {
            page = consultations.visibleTo(v.observer(), v.association().map(m -> m.associationId()).orElse(null),
                    Viewers.tagsOf(v), w, pageable);
        } else {
            page = consultations.publicIn(w, pageable);
        }
        return page.map(c -> c.toSummary(today));
    }

    /**
     * Public consultations that have opened, newest first — the same for every caller, for the open
     * data API: one announced for a later day stays out until its opening day.
     */
    public Page<ConsultationSummary> openedToPublic(Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return consultations.findByToPublicTrueAndOpensOnLessThanEqualOrderByIdDesc(today, pageable)
                .map(c -> c.toSummary(today));
    }

    public ConsultationDetail detail(long id) {
        Viewer v = viewers.current();
        Consultation c = viewers.readable(consultations, id, v);
        LocalDate today = LocalDate.now(clock);
        List<String> named = List.copyOf(associations.names(c.getAudienceAssociations()).values());
        Long policyId = policies.findFirstByConsultationId(id).map(p -> p.getId()).orElse(null);
        return new ConsultationDetail(c.getId(), c.getReferenceNo(), c.getTitle(), c.getDraftingUnit(), c.getExplanation(),
                c.getOpensOn(), c.getClosesOn(), c.getShortWindowReason(), c.phase(today), c.isToObservers(), c.isToPublic(),
                c.getAudienceTags(), named, parts.findByConsultationIdOrderByPosition(id).stream()
                .map(ConsultationPart::toView).toList(), c.getAnswerDue(), c.getReportPublishedAt(), policyId,
                c.phase(today) == ConsultationPhase.OPEN && v.mayComment(c) && rights.refusalKey().isEmpty(), v.drafts(c),
                v.office());
    }

    private java.util.Set<String> tags() {
        return directory.items(ReferenceList.INDUSTRY_TAG).stream().map(ReferenceItem::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    public List<AttachmentRecord> files(long id) {
        viewers.readable(consultations, id, viewers.current());
        return attachments.of(FILES, id);
    }

    public byte[] file(long id, long attachmentId) {
        viewers.readable(consultations, id, viewers.current());
        return attachments.read(FILES, id, attachmentId);
    }
}
