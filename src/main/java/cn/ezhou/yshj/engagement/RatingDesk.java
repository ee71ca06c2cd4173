package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.RatingRepository;
import cn.ezhou.yshj.engagement.internal.RoundOpening;
import cn.ezhou.yshj.engagement.internal.RoundRating;
import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.RoundRules;
import cn.ezhou.yshj.engagement.internal.SatisfactionRound;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Rating departments in an open round. A rater is an observer account or, for a liaison, the
 * association it speaks for: each rater rates each department of the round once, within the window.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RatingDesk {

    private final RoundRepository rounds;
    private final RatingRepository ratings;
    private final RoundOpening opening;
    private final Participants participants;
    private final AuditService audit;
    private final ObserverRights rights;
    private final Clock clock;

    RatingDesk(RoundRepository rounds, RatingRepository ratings, RoundOpening opening, Participants participants,
               AuditService audit, ObserverRights rights, Clock clock) {
        this.rights = rights;
        this.rounds = rounds;
        this.ratings = ratings;
        this.opening = opening;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round with the departments the viewer (or the viewer's association) has rated already. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    public RoundDetail detail(long roundId) {
        Participant p = participants.current();
        LocalDate today = LocalDate.now(clock);
        SatisfactionRound round = visible(roundId, p);
        Set<String> rated = p.raterKey().map(k -> ratings.findByRoundIdAndRaterKey(roundId, k).stream()
                .map(RoundRating::getUnitCode).collect(Collectors.toSet())).orElse(Set.of());
        List<String> departments = round.getDepartments().stream().sorted().toList();
        return new RoundDetail(round.toSummary(today), departments, rated,
                p.raterKey().isPresent() && round.phase(today) == RoundPhase.OPEN && rights.refusalKey().isEmpty());
    }

    /** Rates one department; a second rating by the same rater (or another liaison of the association) is refused. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public void rate(long roundId, @Valid RatingCommand command) {
        rights.requireServing();
        Participant p = participants.current();
        LocalDate today = LocalDate.now(clock);
        SatisfactionRound round = visible(roundId, p);
        String key = p.raterKey().orElseThrow(() -> new Refusal("round.error.notARater"));
        RoundRules.checkOpen(round, today);
        if (!round.getDepartments().contains(command.unitCode())) {
            throw new Refusal("round.error.departmentNotInRound");
        }
        RoundRules.checkScores(round, command.scores());
        if (ratings.existsByRoundIdAndUnitCodeAndRaterKey(roundId, command.unitCode(), key)) {
            audit.recordRefused("ROUND_RATE", "SatisfactionRound", roundId, "again " + command.unitCode());
            throw new Refusal(p.association().isPresent() ? "round.error.associationRated" : "round.error.alreadyRated");
        }
        String comment = UserText.orNull(command.comment());
        try {
            ratings.saveAndFlush(new RoundRating(roundId, command.unitCode(), key, p.username(), p.associationId(),
                    command.scores(), comment, clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw new Refusal("round.error.alreadyRated");
        }
        opening.include(roundId, key);
        audit.record("ROUND_RATE", "SatisfactionRound", roundId, AuditService.SUCCESS, command.unitCode());
    }

    /** The office and raters reach a round (a scheduled one only says when it opens); anyone else finds nothing. */
    private SatisfactionRound visible(long roundId, Participant p) {
        return rounds.findById(roundId).filter(r -> p.office() || p.raterKey().isPresent())
                .orElseThrow(() -> new Refusal("round.error.notFound"));
    }
}
