package cn.ezhou.yshj.engagement.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Opening a round: the eligible raters are recorded — every enabled observer account and every active
 * association with a liaison account — and told. The record is the response rate's denominator.
 */
@Component
public class RoundOpening {

    private final RaterRepository raters;
    private final Participants participants;
    private final EngagementNotifier notifier;
    private final Clock clock;

    RoundOpening(RaterRepository raters, Participants participants, EngagementNotifier notifier, Clock clock) {
        this.raters = raters;
        this.participants = participants;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Records who is asked and tells them; returns how many raters (accounts or associations) were asked. */
    public int open(SatisfactionRound round) {
        Set<String> people = new LinkedHashSet<>();
        List<RoundRater> asked = new ArrayList<>();
        for (String observer : participants.observers()) {
            people.add(observer);
            asked.add(new RoundRater(round.getId(), Participant.observerKey(observer)));
        }
        participants.associationLiaisons().forEach((id, liaisons) -> {
            people.addAll(liaisons);
            asked.add(new RoundRater(round.getId(), Participant.associationKey(id)));
        });
        raters.saveAll(asked);
        round.markOpened(clock.instant());
        notifier.send(people, "notice.round.opened", List.of(round.getTitle(), round.getClosesOn().toString()),
                "rounds/" + round.getId());
        return asked.size();
    }

    /** A rater not asked at opening (appointed since) is counted from the first rating on. */
    public void include(long roundId, String raterKey) {
        if (!raters.existsByRoundIdAndRaterKey(roundId, raterKey)) {
            raters.save(new RoundRater(roundId, raterKey));
        }
    }
}
