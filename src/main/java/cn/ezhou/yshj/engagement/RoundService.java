package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.RoundOpening;
import cn.ezhou.yshj.engagement.internal.RoundRepository;
import cn.ezhou.yshj.engagement.internal.RoundRules;
import cn.ezhou.yshj.engagement.internal.SatisfactionRound;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Half-yearly satisfaction rounds (plan item 12): the office opens them; observers and associations
 * see the opened ones and rate (see {@link RatingDesk}); a department sees the rounds it is rated in.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RoundService {

    /** The dimensions a round asks unless the office chooses others. */
    public static final List<String> DEFAULT_DIMENSIONS = List.of("服务态度", "办事效率", "政策落实", "廉洁自律");

    private final RoundRepository rounds;
    private final RoundOpening opening;
    private final Participants participants;
    private final DirectoryService directory;
    private final AuditService audit;
    private final Clock clock;

    RoundService(RoundRepository rounds, RoundOpening opening, Participants participants, DirectoryService directory,
                 AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.opening = opening;
        this.participants = participants;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a round; if its window starts today the raters are asked at once, otherwise on its first day. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public long open(@Valid OpenRound command) {
        LocalDate today = LocalDate.now(clock);
        RoundRules.checkWindow(today, command.opensOn(), command.closesOn());
        List<String> dimensions = command.dimensions().isEmpty() ? DEFAULT_DIMENSIONS : command.dimensions();
        RoundRules.checkDimensions(dimensions);
        Set<String> all = new LinkedHashSet<>(departments());
        if (!all.containsAll(command.departments())) {
            throw new Refusal("round.error.unknownDepartment");
        }
        Set<String> chosen = command.departments().isEmpty() ? all : command.departments();
        if (chosen.isEmpty()) {
            throw new Refusal("round.error.noDepartments");
        }
        SatisfactionRound round = rounds.saveAndFlush(new SatisfactionRound(UserText.strip(command.title()), command.opensOn(),
                command.closesOn(), chosen, dimensions, participants.current().username(), clock.instant()));
        int asked = command.opensOn().isAfter(today) ? 0 : opening.open(round);
        audit.record("ROUND_OPEN", "SatisfactionRound", round.getId(), AuditService.SUCCESS,
                round.getTitle() + ", " + chosen.size() + " departments, " + asked + " raters asked");
        return round.getId();
    }

    /** The office sees every round; raters the opened ones; a department those it is rated in. Newest first. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION','DEPARTMENT')")
    public Page<RoundSummary> list(Pageable pageable) {
        Participant p = participants.current();
        LocalDate today = LocalDate.now(clock);
        Page<SatisfactionRound> page;
        if (p.office()) {
            page = rounds.findAllByOrderByOpensOnDescIdDesc(pageable);
        } else if (p.raterKey().isPresent()) {
            page = rounds.findByOpensOnLessThanEqualOrderByOpensOnDescIdDesc(today, pageable);
        } else if (p.departmentUnit() != null) {
            page = rounds.rating(p.departmentUnit(), pageable);
        } else {
            page = Page.empty(pageable);
        }
        return page.map(r -> r.toSummary(today));
    }

    /** The open rounds in which the rater (the liaison's association, or the observer) still has departments to rate. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public Page<RoundSummary> toRate(Pageable pageable) {
        Participant p = participants.current();
        LocalDate today = LocalDate.now(clock);
        return p.raterKey().map(key -> rounds.toRate(key, today, pageable).map(r -> r.toSummary(today)))
                .orElse(Page.empty(pageable));
    }

    /** Codes of the active departments a round may rate, in tree order. */
    public List<String> departments() {
        return directory.activeUnits(OrgUnitKind.DEPARTMENT).stream().map(OrgUnitRecord::code).toList();
    }
}
