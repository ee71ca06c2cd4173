package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.EngagementCountRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for an observer or association liaison in rounds, briefings and activities: one counting statement. */
@Service
@Transactional(readOnly = true)
public class EngagementTaskService {

    private final EngagementCountRepository counts;
    private final Participants participants;
    private final Clock clock;

    EngagementTaskService(EngagementCountRepository counts, Participants participants, Clock clock) {
        this.counts = counts;
        this.participants = participants;
        this.clock = clock;
    }

    /** The caller's own figures; rounds count under the association for a liaison, as ratings do. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public MyEngagementCounts mine() {
        Participant p = participants.current();
        Object[] row = counts.mine(p.username(), p.raterKey().orElse(null), p.observer(), p.association().isPresent(),
                LocalDate.now(clock), clock.instant()).getFirst();
        return new MyEngagementCounts(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
