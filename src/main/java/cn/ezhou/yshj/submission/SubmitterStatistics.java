package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.SubmitterCountRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitter's figures for the duty record, all for the half-open period [from, to):
 * <ul>
 *   <li>submitted — items the user submitted in the period (drafts do not count);</li>
 *   <li>accepted (受理) — of those, the items the office passed on to a department and did not take back:
 *       not rejected or merged, not waiting for triage ({@code SUBMITTED}) or re-triage after a
 *       department returned it ({@code RETURNED});</li>
 *   <li>adopted (采纳) — of those, the items answered with the result 已解决 or 列入计划;</li>
 *   <li>rated — ratings the user gave in the period (by the time of rating; defaulted ratings excluded).</li>
 * </ul>
 * Like {@code AccountDirectory}, a server-side lookup without a permission check of its own: the
 * services that show the figures decide who may see them.
 */
@Component
@Transactional(readOnly = true)
public class SubmitterStatistics {

    static final Set<SubmissionState> NOT_ACCEPTED = EnumSet.of(SubmissionState.DRAFT, SubmissionState.SUBMITTED,
            SubmissionState.RETURNED, SubmissionState.REJECTED, SubmissionState.MERGED);
    static final Set<ResultType> ADOPTED = EnumSet.of(ResultType.RESOLVED, ResultType.PLANNED);
    private static final int CHUNK = 500;

    private final SubmitterCountRepository counts;

    SubmitterStatistics(SubmitterCountRepository counts) {
        this.counts = counts;
    }

    public SubmitterCounts counts(String username, Instant from, Instant to) {
        if (username == null) {
            return SubmitterCounts.NONE;
        }
        Object[] row = counts.cohort(username, from, to, NOT_ACCEPTED, ADOPTED).getFirst();
        return new SubmitterCounts(number(row[0]), number(row[1]), number(row[2]), counts.ratedBy(username, from, to));
    }

    /** Items submitted in the period per user; every user asked about is in the map, with 0 if none. */
    public Map<String, Long> submittedBy(Collection<String> usernames, Instant from, Instant to) {
        Map<String, Long> result = new HashMap<>();
        List<String> all = new ArrayList<>(usernames);
        all.forEach(u -> result.put(u, 0L));
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (Object[] row : counts.submittedBy(all.subList(i, Math.min(all.size(), i + CHUNK)), from, to)) {
                result.put((String) row[0], number(row[1]));
            }
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
