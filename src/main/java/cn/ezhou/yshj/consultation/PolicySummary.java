package cn.ezhou.yshj.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A line of the policy list; {@code pushedToMe} and {@code readAt} concern the viewer. */
public record PolicySummary(long id, String title, String documentNo, String issuingUnit, LocalDate issuedOn,
                            boolean benefit, Set<String> tags, boolean pushedToMe, Instant readAt) {

    public PolicySummary {
        tags = Set.copyOf(tags);
    }
}
