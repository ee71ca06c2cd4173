package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.engagement.ConfidentialOpening;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who opened a confidential briefing or activity, and when: each opening by a recipient is kept for the
 * office's 查阅记录 and written to the audit log. The office's own openings are not counted as reading.
 */
@Component
public class OpeningLog {

    /** The audit action of an opening. */
    public static final String AUDIT_ACTION = "CONFIDENTIAL_OPEN";

    private final OpeningRepository openings;
    private final Participants participants;
    private final AuditService audit;
    private final Clock clock;

    OpeningLog(OpeningRepository openings, Participants participants, AuditService audit, Clock clock) {
        this.openings = openings;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the opening when the item is confidential and the reader is not the office. */
    public void opened(String itemKind, long itemId, boolean confidential, Participant reader) {
        if (!confidential || reader.office()) {
            return;
        }
        openings.save(new OpeningEntry(itemKind, itemId, reader.username(), clock.instant()));
        audit.record(AUDIT_ACTION, itemKind.equals(OpeningEntry.BRIEFING) ? "Briefing" : "Activity", itemId,
                AuditService.SUCCESS, null);
    }

    /** The openings of one item, latest first. */
    public Page<ConfidentialOpening> of(String itemKind, long itemId, Pageable pageable) {
        return openings.findByItemKindAndItemIdOrderByOpenedAtDescIdDesc(itemKind, itemId, pageable)
                .map(o -> new ConfidentialOpening(o.getUsername(), participants.displayName(o.getUsername()), o.getOpenedAt()));
    }
}
