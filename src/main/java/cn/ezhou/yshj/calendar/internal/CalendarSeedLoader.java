package cn.ezhou.yshj.calendar.internal;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.base.seed.SeedRow;
import cn.ezhou.yshj.calendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code work-calendar.csv} at start-up. Idempotent: unchanged lines change nothing, a changed
 * line updates its days, a removed line removes its days; days an administrator edited are left alone.
 */
@Component
@Order(10)
class CalendarSeedLoader implements ApplicationRunner {

    static final String FILE = "work-calendar.csv";
    private static final Logger log = LoggerFactory.getLogger(CalendarSeedLoader.class);

    private final SeedFiles seeds;
    private final CalendarDayRepository days;

    CalendarSeedLoader(SeedFiles seeds, CalendarDayRepository days) {
        this.seeds = seeds;
        this.days = days;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<LocalDate, SeedDay> wanted = readFile();
        int changed = 0;
        for (var entry : wanted.entrySet()) {
            CalendarDay day = days.findByDay(entry.getKey()).orElseGet(() -> new CalendarDay(entry.getKey()));
            SeedDay seed = entry.getValue();
            if (day.applySeed(seed.kind(), seed.nameZh(), seed.nameEn())) {
                days.save(day);
                changed++;
            }
        }
        for (CalendarDay day : days.findByEditedByAdminFalse()) {
            if (!wanted.containsKey(day.getDay())) {
                days.delete(day);
                changed++;
            }
        }
        log.info("Work calendar: {} seeded days, {} changed", wanted.size(), changed);
    }

    private Map<LocalDate, SeedDay> readFile() {
        Map<LocalDate, SeedDay> wanted = new LinkedHashMap<>();
        for (SeedRow row : seeds.read(FILE, 5)) {
            LocalDate from = row.date(0);
            LocalDate to = row.date(1);
            if (to.isBefore(from)) {
                throw row.fail("the end date is before the start date");
            }
            DayKind kind = row.choice(2, DayKind.class);
            if (kind == DayKind.REGULAR) {
                throw row.fail("kind must be HOLIDAY or WORKDAY");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (kind == DayKind.WORKDAY && !weekend) {
                    throw row.fail("an adjusted working day must be a Saturday or Sunday: " + d);
                }
                if (wanted.put(d, new SeedDay(kind, row.text(3), row.text(4))) != null) {
                    throw row.fail("the date " + d + " is listed twice");
                }
            }
        }
        return wanted;
    }

    private record SeedDay(DayKind kind, String nameZh, String nameEn) {
    }
}
