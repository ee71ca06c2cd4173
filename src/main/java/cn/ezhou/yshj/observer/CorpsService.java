package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.directory.OrgUnitKind;
import java.util.Set;
import java.time.LocalDate;
import java.time.Clock;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.internal.CorpsTarget;
import cn.ezhou.yshj.observer.internal.CorpsTargetRepository;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size of the corps by category and level against the office's yearly targets, and by district.
 * A year is read on one day: today for this year, 31 December for a year gone by, so a past year
 * shows the corps it ended with, not today's. An observer counts on that day when the term covers it
 * and the observer is appointed, suspended, or has since left by the term's end (expired); one
 * dismissed is not counted for any year, as the record keeps the dismissal's state, not its day.
 */
@Service
@Transactional
public class CorpsService {

    private final ObserverRepository observers;
    private final CorpsTargetRepository targets;
    private final DirectoryService directory;
    private final AuditService audit;
    private final Clock clock;

    private static final Set<ObserverState> COUNTED = EnumSet.of(ObserverState.APPOINTED, ObserverState.SUSPENDED,
            ObserverState.EXPIRED);

    CorpsService(ObserverRepository observers, CorpsTargetRepository targets, DirectoryService directory,
                 AuditService audit, Clock clock) {
        this.clock = clock;
        this.observers = observers;
        this.targets = targets;
        this.directory = directory;
        this.audit = audit;
    }

    /** The day a year's size is read on: today for this year (or a later one), else the year's last day. */
    @PreAuthorize("hasRole('OFFICE')")
    public LocalDate countedOn(int year) {
        LocalDate today = LocalDate.now(clock);
        return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    /** Every category and level, with the year's target (null when none is set) and the observers serving on {@link #countedOn}. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<CorpsSize> size(int year) {
        Map<String, Long> serving = new HashMap<>();
        for (Object[] row : observers.countServingOn(COUNTED, countedOn(year))) {
            serving.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        Map<String, Integer> goals = new HashMap<>();
        targets.findByYear(year).forEach(t -> goals.put(t.getCategory() + "/" + t.getLevel(), t.getTarget()));
        List<CorpsSize> result = new ArrayList<>();
        for (ReferenceItem category : directory.items(ReferenceList.OBSERVER_CATEGORY)) {
            for (ObserverLevel level : ObserverLevel.values()) {
                String key = category.code() + "/" + level;
                result.add(new CorpsSize(category.code(), level, goals.get(key), serving.getOrDefault(key, 0L)));
            }
        }
        return result;
    }

    /** District-level observers serving on {@link #countedOn} in each district and zone, in the directory's order. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<DistrictSize> byDistrict(int year) {
        Map<String, Long> serving = new HashMap<>();
        for (Object[] row : observers.countByDistrictServingOn(COUNTED, ObserverLevel.DISTRICT, countedOn(year))) {
            serving.put((String) row[0], (Long) row[1]);
        }
        return directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE).stream()
                .map(u -> new DistrictSize(u.code(), serving.getOrDefault(u.code(), 0L))).toList();
    }

    @PreAuthorize("hasRole('OFFICE')")
    public void setTarget(int year, String category, ObserverLevel level, int target) {
        if (target < 0 || target > 10000) {
            throw new Refusal("corps.error.target");
        }
        if (directory.items(ReferenceList.OBSERVER_CATEGORY).stream().noneMatch(c -> c.code().equals(category))) {
            throw new Refusal("observer.error.category");
        }
        CorpsTarget goal = targets.findByYearAndCategoryAndLevel(year, category, level)
                .orElseGet(() -> new CorpsTarget(year, category, level));
        goal.setTarget(target);
        targets.save(goal);
        audit.record("CORPS_TARGET", "CorpsTarget", year + "/" + category + "/" + level, AuditService.SUCCESS,
                String.valueOf(target));
    }
}
