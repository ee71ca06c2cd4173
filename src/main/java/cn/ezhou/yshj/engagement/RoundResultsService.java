package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.RatingRepository;
import cn.ezhou.yshj.engagement.internal.RoundRating;
import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.SatisfactionRound;
import cn.ezhou.yshj.engagement.internal.ScoreTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a round's ratings add up to. The office sees every department, the response rate and the
 * comments with their raters, also while the round is open. A department sees only its own averages,
 * and only once the round has closed — never who rated nor any comment, so no rater can be singled out.
 */
@Service
@Transactional(readOnly = true)
public class RoundResultsService {

    private final RoundRepository rounds;
    private final RatingRepository ratings;
    private final ScoreTable table;
    private final Participants participants;
    private final Clock clock;

    RoundResultsService(RoundRepository rounds, RatingRepository ratings, ScoreTable table, Participants participants,
                        Clock clock) {
        this.rounds = rounds;
        this.ratings = ratings;
        this.table = table;
        this.participants = participants;
        this.clock = clock;
    }

    /** Every department's averages and the response rate, live while the round is open (the office follows it). */
    @PreAuthorize("hasRole('OFFICE')")
    public RoundResults results(long roundId) {
        return table.results(List.of(round(roundId)), LocalDate.now(clock)).getFirst();
    }

    /** The comments given on one department, oldest first, with who gave them. */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<RatingComment> comments(long roundId, String unitCode, Pageable pageable) {
        round(roundId);
        Page<RoundRating> page = ratings.findByRoundIdAndUnitCodeOrderByIdAsc(roundId, unitCode, pageable);
        Map<Long, String> names = participants.associationNames(page.getContent().stream()
                .map(RoundRating::getAssociationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(r -> new RatingComment(r.getUnitCode(), participants.displayName(r.getRatedBy()),
                r.getAssociationId() == null ? null : names.get(r.getAssociationId()), r.getComment(), r.getRatedAt()));
    }

    /** The viewer's own department's averages and number of ratings in a closed round it was rated in. */
    @PreAuthorize("hasRole('DEPARTMENT')")
    public DepartmentResult ownDepartment(long roundId) {
        Participant p = participants.current();
        SatisfactionRound round = rounds.findById(roundId)
                .filter(r -> p.departmentUnit() != null && r.getDepartments().contains(p.departmentUnit()))
                .orElseThrow(() -> new Refusal("round.error.notFound"));
        LocalDate today = LocalDate.now(clock);
        if (round.phase(today) != RoundPhase.CLOSED) {
            throw new Refusal("round.error.resultsAfterClose", round.getClosesOn().toString());
        }
        RoundResults all = table.results(List.of(round), today).getFirst();
        return new DepartmentResult(all.round(), all.departments().stream()
                .filter(s -> s.unitCode().equals(p.departmentUnit())).findFirst().orElseThrow());
    }

    private SatisfactionRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new Refusal("round.error.notFound"));
    }
}
