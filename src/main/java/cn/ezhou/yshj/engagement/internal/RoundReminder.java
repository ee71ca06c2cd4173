package cn.ezhou.yshj.engagement.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reminding, shortly before a round closes, the raters who have not yet rated every department: an
 * observer by their own account (while still an observer), an association through its liaisons.
 * Those who have finished are not disturbed.
 */
@Component
public class RoundReminder {

    private final RaterRepository raters;
    private final RatingRepository ratings;
    private final Participants participants;
    private final EngagementNotifier notifier;
    private final Clock clock;

    RoundReminder(RaterRepository raters, RatingRepository ratings, Participants participants,
                  EngagementNotifier notifier, Clock clock) {
        this.raters = raters;
        this.ratings = ratings;
        this.participants = participants;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Tells those still owing ratings and marks the round reminded; returns how many people were told. */
    public int remind(SatisfactionRound round) {
        Map<String, Long> rated = new HashMap<>();
        for (Object[] row : ratings.ratedPerRater(round.getId())) {
            rated.put((String) row[0], ((Number) row[1]).longValue());
        }
        int departments = round.getDepartments().size();
        Set<String> observers = new HashSet<>(participants.observers());
        Map<Long, List<String>> liaisons = participants.associationLiaisons();
        Set<String> people = new LinkedHashSet<>();
        for (String key : raters.raterKeys(round.getId())) {
            if (rated.getOrDefault(key, 0L) >= departments) {
                continue;
            }
            Participant.observerIn(key).filter(observers::contains).ifPresent(people::add);
            Participant.associationIn(key).ifPresent(id -> people.addAll(liaisons.getOrDefault(id, List.of())));
        }
        round.markReminded(clock.instant());
        notifier.send(people, "notice.round.closing", List.of(round.getTitle(), round.getClosesOn().toString()),
                "rounds/" + round.getId());
        return people.size();
    }
}
