package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.engagement.internal.RatingRepository;
import cn.ezhou.yshj.engagement.internal.SignupRepository;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's engagement figures for the observer's duty record (履职档案), for the half-open period [from, to):
 * <ul>
 *   <li>activities attended — activities that started in the period at which the office marked the person present;</li>
 *   <li>rounds rated — satisfaction rounds in which the person gave at least one rating during the period.</li>
 * </ul>
 * Like {@code SubmitterStatistics}, a server-side lookup without a permission check of its own: the
 * observer module's services decide who may see the figures. This module does not know observers.
 */
@Component
@Transactional(readOnly = true)
public class EngagementStatistics {

    private final SignupRepository signups;
    private final RatingRepository ratings;

    EngagementStatistics(SignupRepository signups, RatingRepository ratings) {
        this.signups = signups;
        this.ratings = ratings;
    }

    public long activitiesAttended(String username, Instant from, Instant to) {
        return username == null ? 0 : signups.countAttended(username, Attendance.PRESENT, from, to);
    }

    public long roundsRated(String username, Instant from, Instant to) {
        return username == null ? 0 : ratings.roundsRatedBy(username, from, to);
    }

    public EngagementCounts counts(String username, Instant from, Instant to) {
        return new EngagementCounts(activitiesAttended(username, from, to), roundsRated(username, from, to));
    }
}
