package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.engagement.internal.Briefing;
import cn.ezhou.yshj.engagement.internal.BriefingReceipt;
import cn.ezhou.yshj.engagement.internal.BriefingRepository;
import cn.ezhou.yshj.engagement.internal.EngagementNotifier;
import cn.ezhou.yshj.engagement.internal.OpeningEntry;
import cn.ezhou.yshj.engagement.internal.OpeningLog;
import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.ReceiptRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Briefings 通报/资料: the office publishes to observers and/or associations, each recipient gets a
 * receipt, and the first opening is the read receipt. Only the office and the recipients reach one.
 * A briefing marked confidential (保密) names no title in its notice (which also goes out by e-mail),
 * and every opening of it by a recipient is recorded for the office.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BriefingService {

    static final String FILES = "briefing";
    /** Attachments per briefing. */
    public static final int MAX_FILES = 5;

    private final BriefingRepository briefings;
    private final ReceiptRepository receipts;
    private final Participants participants;
    private final EngagementNotifier notifier;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final OpeningLog openings;
    private final Clock clock;

    BriefingService(BriefingRepository briefings, ReceiptRepository receipts, Participants participants,
                    EngagementNotifier notifier, AttachmentService attachments, AuditService audit, OpeningLog openings,
                    Clock clock) {
        this.openings = openings;
        this.briefings = briefings;
        this.receipts = receipts;
        this.participants = participants;
        this.notifier = notifier;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes and delivers at once; returns the briefing's id. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public long publish(@Valid PublishBriefing command) {
        if (!command.toObservers() && !command.toAssociations()) {
            throw new Refusal("briefing.error.audienceRequired");
        }
        if (command.attachmentIds().size() > MAX_FILES) {
            throw new Refusal("attachment.error.tooMany", MAX_FILES);
        }
        Briefing b = briefings.saveAndFlush(new Briefing(UserText.strip(command.title()), UserText.strip(command.body()),
                command.toObservers(), command.toAssociations(), participants.current().username(), clock.instant(),
                command.confidential()));
        if (!command.attachmentIds().isEmpty()) {
            attachments.bind(command.formKey(), command.attachmentIds(), FILES, b.getId(), MAX_FILES);
        }
        Map<String, Long> audience = participants.audience(command.toObservers(), command.toAssociations());
        List<BriefingReceipt> delivered = new ArrayList<>();
        audience.forEach((username, association) -> delivered.add(new BriefingReceipt(b.getId(), username, association,
                b.getPublishedAt())));
        receipts.saveAll(delivered);
        if (b.isConfidential()) {
            notifier.send(audience.keySet(), "notice.briefing.published.confidential", List.of(), "briefings/" + b.getId());
        } else {
            notifier.send(audience.keySet(), "notice.briefing.published", List.of(b.getTitle()), "briefings/" + b.getId());
        }
        audit.record("BRIEFING_PUBLISH", "Briefing", b.getId(), AuditService.SUCCESS, b.getTitle() + ", " + audience.size());
        return b.getId();
    }

    /** The office sees every briefing with its reach; a recipient the ones delivered to it, read or unread. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    public Page<BriefingSummary> list(Pageable pageable) {
        Participant p = participants.current();
        if (p.office()) {
            Page<Briefing> page = briefings.findAllByOrderByPublishedAtDescIdDesc(pageable);
            Map<Long, long[]> reach = new HashMap<>();
            receipts.reach(page.map(Briefing::getId).getContent()).forEach(row -> reach.put(((Number) row[0]).longValue(),
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
            return page.map(b -> summary(b, null, reach.getOrDefault(b.getId(), new long[2])));
        }
        Page<Briefing> page = briefings.deliveredTo(p.username(), pageable);
        Map<Long, BriefingReceipt> mine = receipts.findByUsernameAndBriefingIdIn(p.username(),
                page.map(Briefing::getId).getContent()).stream()
                .collect(Collectors.toMap(BriefingReceipt::getBriefingId, r -> r));
        return page.map(b -> summary(b, mine.get(b.getId()), new long[2]));
    }

    /** The briefings delivered to the caller and not yet opened, newest first. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public Page<BriefingSummary> unreadByMe(Pageable pageable) {
        Participant p = participants.current();
        return briefings.unreadBy(p.username(), pageable).map(b -> summary(b, null, new long[2]));
    }

    /** Opens a briefing; a recipient's first opening records the read time, each opening of a confidential one is logged. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    @Transactional
    public BriefingDetail open(long id) {
        Participant p = participants.current();
        Briefing b = briefings.findById(id).orElseThrow(() -> new Refusal("briefing.error.notFound"));
        BriefingReceipt receipt = receipts.findByBriefingIdAndUsername(id, p.username()).orElse(null);
        if (receipt == null && !p.office()) {
            throw new Refusal("briefing.error.notFound");
        }
        if (receipt != null) {
            receipt.read(clock.instant());
        }
        openings.opened(OpeningEntry.BRIEFING, id, b.isConfidential(), p);
        long[] reach = p.office() ? new long[] {receipts.countByBriefingId(id), receipts.countByBriefingIdAndReadAtIsNotNull(id)}
                : new long[2];
        return new BriefingDetail(summary(b, receipt, reach), b.getBody());
    }

    /** The recipients who have not opened the briefing, by account name. */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<UnreadRecipient> unread(long id, Pageable pageable) {
        briefings.findById(id).orElseThrow(() -> new Refusal("briefing.error.notFound"));
        Page<BriefingReceipt> page = receipts.findByBriefingIdAndReadAtIsNullOrderByUsernameAsc(id, pageable);
        Map<Long, String> names = participants.associationNames(page.getContent().stream()
                .map(BriefingReceipt::getAssociationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(r -> new UnreadRecipient(r.getUsername(), participants.displayName(r.getUsername()),
                r.getAssociationId() == null ? null : names.get(r.getAssociationId())));
    }

    /** Who opened a briefing and when (only a confidential one's openings are recorded), latest first. */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<ConfidentialOpening> openings(long id, Pageable pageable) {
        briefings.findById(id).orElseThrow(() -> new Refusal("briefing.error.notFound"));
        return openings.of(OpeningEntry.BRIEFING, id, pageable);
    }

    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    public List<AttachmentRecord> files(long id) {
        readable(id);
        return attachments.of(FILES, id);
    }

    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    public byte[] file(long id, long attachmentId) {
        readable(id);
        return attachments.read(FILES, id, attachmentId);
    }

    private void readable(long id) {
        Participant p = participants.current();
        if (!(p.office() ? briefings.existsById(id) : receipts.findByBriefingIdAndUsername(id, p.username()).isPresent())) {
            throw new Refusal("briefing.error.notFound");
        }
    }

    private static BriefingSummary summary(Briefing b, BriefingReceipt receipt, long[] reach) {
        return new BriefingSummary(b.getId(), b.getTitle(), b.getPublishedAt(), b.isToObservers(), b.isToAssociations(),
                receipt == null ? null : receipt.getReadAt(), reach[0], reach[1], b.isConfidential());
    }
}
