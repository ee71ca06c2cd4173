package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.ConsultationFigures;
import cn.ezhou.yshj.consultation.UnitAnswerFigures;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RoundPhase;
import cn.ezhou.yshj.engagement.RoundResults;
import cn.ezhou.yshj.engagement.SatisfactionFigures;
import cn.ezhou.yshj.oversight.internal.FigureReader;
import cn.ezhou.yshj.oversight.internal.LeagueSettings;
import cn.ezhou.yshj.oversight.internal.LeagueSettingsRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The department league table (红黑榜, plan items 11 and 26). The office and the departments always
 * see it; observers and associations only while the office has published it (their right to
 * supervise, DESIGN §1) — decided in docs/decisions/0012. Only the office changes the method.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class LeagueTable {

    private final FigureReader reader;
    private final ConsultationFigures consultations;
    private final SatisfactionFigures satisfaction;
    private final DirectoryService directory;
    private final LeagueSettingsRepository settings;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LeagueTable(FigureReader reader, ConsultationFigures consultations, SatisfactionFigures satisfaction,
                DirectoryService directory,
                LeagueSettingsRepository settings, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.reader = reader;
        this.consultations = consultations;
        this.satisfaction = satisfaction;
        this.directory = directory;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The table for the items (and consultation comments) due in [from, to], best first. */
    @PreAuthorize("hasAnyRole('OFFICE', 'DEPARTMENT', 'OBSERVER', 'ASSOCIATION')")
    public League league(LocalDate from, LocalDate to) {
        return table(from, to, visibleMethod());
    }

    /**
     * The table for everybody, the open data API included, but only while the office publishes it:
     * an unpublished table is refused to every caller, whoever asks.
     */
    public League publishedLeague(LocalDate from, LocalDate to) {
        LeagueSettings s = load();
        if (!s.isPublished()) {
            throw new Refusal("oversight.error.notPublished");
        }
        return table(from, to, toRecord(s));
    }

    private League table(LocalDate from, LocalDate to, LeagueMethod method) {
        FigureQuery query = FigureQuery.of(from, to);
        Map<String, Figures> figures = reader.units(query, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(UnitFigures::unitCode, UnitFigures::figures));
        Map<String, UnitAnswerFigures> answers = consultations.answersByUnit(from, to).stream()
                .collect(Collectors.toMap(UnitAnswerFigures::unitCode, Function.identity()));
        Set<String> units = new LinkedHashSet<>();
        directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE).stream()
                .map(OrgUnitRecord::code).forEach(units::add);
        figures.keySet().stream().filter(u -> !u.isEmpty()).forEach(units::add);
        answers.keySet().forEach(units::add);
        Map<String, RoundTally> rounds = roundsClosedIn(from, to);
        rounds.keySet().forEach(units::add);
        List<Scoring.Input> inputs = new ArrayList<>();
        for (String unit : units) {
            UnitAnswerFigures a = answers.get(unit);
            RoundTally r = rounds.getOrDefault(unit, new RoundTally());
            inputs.add(new Scoring.Input(unit, figures.getOrDefault(unit, Figures.NONE), a == null ? 0 : a.due(),
                    a == null ? 0 : a.onTime(), r.average(), r.ratings));
        }
        return new League(from, to, reader.asOf(), method, Scoring.rank(inputs, method));
    }

    /** A unit's ratings over the rounds that closed in the period: the mean of every rating's average. */
    private static final class RoundTally {
        double sum;
        long ratings;

        Double average() {
            return ratings == 0 ? null : sum / ratings;
        }
    }

    /**
     * Satisfaction rounds feed the table once closed (a running round's figures are not final, and
     * departments see their results only then), by the day they closed, weighted by ratings.
     */
    private Map<String, RoundTally> roundsClosedIn(LocalDate from, LocalDate to) {
        Map<String, RoundTally> tallies = new HashMap<>();
        for (RoundResults round : satisfaction.resultsEndingIn(from, to.plusDays(1))) {
            if (round.round().phase() != RoundPhase.CLOSED) {
                continue;
            }
            for (DepartmentScore d : round.departments()) {
                if (d.overallAverage() != null && d.ratings() > 0) {
                    RoundTally t = tallies.computeIfAbsent(d.unitCode(), u -> new RoundTally());
                    t.sum += d.overallAverage() * d.ratings();
                    t.ratings += d.ratings();
                }
            }
        }
        return tallies;
    }

    /** The method, for everyone who may see the table (it is printed on the page). */
    @PreAuthorize("hasAnyRole('OFFICE', 'DEPARTMENT', 'OBSERVER', 'ASSOCIATION')")
    public LeagueMethod method() {
        return visibleMethod();
    }

    /** Whether observers and associations may see the table now. */
    @PreAuthorize("isAuthenticated()")
    public boolean published() {
        return load().isPublished();
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public LeagueMethod saveMethod(@Valid LeagueMethodCommand command) {
        LeagueSettings s = load();
        if (s.getVersion() != command.version()) {
            audit.recordRefused("LEAGUE_METHOD", "LeagueMethod", s.getId(), "stale version " + command.version());
            throw new Refusal("error.concurrentEdit");
        }
        if (command.weightSum() != 100) {
            throw new Refusal("oversight.error.weightSum", command.weightSum());
        }
        s.change(new int[] {command.onTimeWeight(), command.speedWeight(), command.satisfactionWeight(),
                        command.reopenWeight(), command.consultationWeight(), command.roundWeight()},
                command.speedZeroDays(),
                command.published(), currentUser.username().orElseThrow(), clock.instant());
        LeagueSettings saved = settings.saveAndFlush(s);
        audit.record("LEAGUE_METHOD", "LeagueMethod", saved.getId(), AuditService.SUCCESS,
                "weights " + java.util.Arrays.toString(saved.weights()) + " zero " + saved.getSpeedZeroDays()
                        + " published " + saved.isPublished());
        return toRecord(saved);
    }

    private LeagueMethod visibleMethod() {
        LeagueSettings s = load();
        boolean insider = currentUser.hasRole("OFFICE") || currentUser.hasRole("DEPARTMENT");
        if (!insider && !s.isPublished()) {
            audit.recordRefused("LEAGUE_READ", "LeagueMethod", s.getId(), "not published");
            throw new Refusal("oversight.error.notPublished");
        }
        return toRecord(s);
    }

    private LeagueSettings load() {
        return settings.findById(LeagueSettingsRepository.ROW).orElseThrow(() -> new IllegalStateException("no league_method row"));
    }

    private static LeagueMethod toRecord(LeagueSettings s) {
        int[] w = s.weights();
        return new LeagueMethod(s.getVersion(), w[0], w[1], w[2], w[3], w[4], w[5], s.getSpeedZeroDays(), s.isPublished(),
                s.getUpdatedBy(), s.getUpdatedAt());
    }
}
