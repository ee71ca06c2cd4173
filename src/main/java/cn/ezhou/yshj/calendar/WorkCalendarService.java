package cn.ezhou.yshj.calendar;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.calendar.internal.CalendarDay;
import cn.ezhou.yshj.calendar.internal.CalendarDayRepository;
import cn.ezhou.yshj.calendar.internal.DayKindOn;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-day arithmetic on the city's calendar. A day is a working day when it is Monday–Friday
 * and not a holiday, or when it is an adjusted working day.
 */
@Service
@Transactional(readOnly = true)
public class WorkCalendarService {

    /** How far ahead a year without holidays is announced to the administrators. */
    public static final int WARNING_DAYS = 60;

    @Stored("calendar_day.name_zh")
    public static final int MAX_NAME_ZH = 50;
    @Stored("calendar_day.name_en")
    public static final int MAX_NAME_EN = 80;

    private final CalendarDayRepository days;
    private final AuditService audit;

    WorkCalendarService(CalendarDayRepository days, AuditService audit) {
        this.days = days;
        this.audit = audit;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorking(date, exceptions(date, date));
    }

    /** The date {@code n} working days after {@code start} (not counting {@code start}); {@code start} itself for 0. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        LocalDate loadedUntil = start;
        Map<LocalDate, DayKind> exceptions = Map.of();
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.isAfter(loadedUntil)) {
                loadedUntil = day.plusDays(n * 2L + 60);
                exceptions = exceptions(day, loadedUntil);
            }
            if (isWorking(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    /** The number of working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        Map<LocalDate, DayKind> exceptions = exceptions(from.plusDays(1), to);
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(d -> isWorking(d, exceptions)).count();
    }

    /** Working days of a whole range at once (one calendar query), for figures over many items. */
    public WorkingDayIndex index(LocalDate first, LocalDate last) {
        Map<LocalDate, DayKind> exceptions = exceptions(first, last);
        return new WorkingDayIndex(first, last, d -> isWorking(d, exceptions));
    }

    /**
     * The year whose holidays are still missing although deadlines counted from {@code today} may
     * reach into it ({@link #WARNING_DAYS} ahead). Deadlines in such a year count Monday to Friday
     * as working days until its holidays are entered: better a deadline a holiday too early than none.
     */
    public Optional<Integer> missingYear(LocalDate today) {
        for (int year = today.getYear(); year <= today.plusDays(WARNING_DAYS).getYear(); year++) {
            if (!days.existsByDayBetweenAndKindNot(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DayKind.REGULAR)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The days of a year that depart from the ordinary rule, in date order. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarDayRecord> year(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(d -> d.getKind() != DayKind.REGULAR)
                .map(CalendarDay::toRecord)
                .toList();
    }

    /** Marks a day as a holiday or an adjusted working day, or returns it to the ordinary rule. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarDayRecord setDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {
        boolean weekend = isWeekend(date);
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new Refusal("calendar.error.workdayOnWeekday");
        }
        if (kind != DayKind.REGULAR && (UserText.isBlank(nameZh))) {
            throw new Refusal("calendar.error.nameRequired");
        }
        if (UserText.strip(nameZh).length() > MAX_NAME_ZH || UserText.strip(nameEn).length() > MAX_NAME_EN) {
            throw new Refusal("calendar.error.nameLength", MAX_NAME_ZH, MAX_NAME_EN);
        }
        CalendarDay day = days.findByDay(date).orElseGet(() -> new CalendarDay(date));
        day.editByAdmin(kind, kind == DayKind.REGULAR ? null : UserText.strip(nameZh),
                UserText.orNull(nameEn));
        CalendarDay saved = days.save(day);
        audit.record("CALENDAR_SET_DAY", "CalendarDay", date, AuditService.SUCCESS, kind + " " + nameZh);
        return saved.toRecord();
    }

    private Map<LocalDate, DayKind> exceptions(LocalDate from, LocalDate to) {
        return days.kindsBetween(from, to).stream().collect(Collectors.toMap(DayKindOn::day, DayKindOn::kind));
    }

    private static boolean isWorking(LocalDate date, Map<LocalDate, DayKind> exceptions) {
        DayKind kind = exceptions.getOrDefault(date, DayKind.REGULAR);
        return switch (kind) {
            case HOLIDAY -> false;
            case WORKDAY -> true;
            case REGULAR -> !isWeekend(date);
        };
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
