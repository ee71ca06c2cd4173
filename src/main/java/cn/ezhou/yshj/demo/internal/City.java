package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.demo.internal.Acting.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What the parts of the demo city share while the year is played: its people, its calendar, one
 * seeded random source (so the same start gives the same city) and the timeline.
 */
final class City {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The dev accounts' password too, so it is hashed once for all (security.internal.DemoPasswordOnce). */
    static final String PASSWORD = "Demo#2026pass";
    static final Person OFFICE = new Person("office", AppRoles.OFFICE);
    static final Person ADMIN = new Person("admin", AppRoles.ADMIN);

    /** A serving observer as the demo knows them; {@code weight} is how often they write. */
    record Observer(long id, String name, Person person, LocalDate appointedOn, int weight) {
    }

    /** A chamber or association with the liaison who acts for it. */
    record Chamber(long id, String name, Person liaison, List<String> tags) {
    }

    final Timeline timeline = new Timeline();
    final Random random = new Random(20221);
    final Acting acting;
    final DemoClock clock;
    final Vocabulary words;
    final DemoCalendar calendar;
    final LocalDate firstDay;
    final Instant now;
    /** Department handlers by unit code. */
    final Map<String, Person> departments = new LinkedHashMap<>();
    final List<Observer> observers = new ArrayList<>();
    final List<Chamber> chambers = new ArrayList<>();
    /** The last day an observer serves, for those suspended or whose term ends within the year. */
    final Map<Long, LocalDate> servingUntil = new LinkedHashMap<>();

    City(Acting acting, DemoClock clock, Vocabulary words, WorkCalendarService calendar) {
        this.acting = acting;
        this.clock = clock;
        this.words = words;
        this.now = clock.realNow();
        this.firstDay = now.atZone(ZONE).toLocalDate().minusYears(1);
        this.calendar = new DemoCalendar(calendar, firstDay, firstDay.plusYears(3));
    }

    boolean serving(Observer o, LocalDate day) {
        LocalDate until = servingUntil.get(o.id());
        return o.appointedOn().isBefore(day) && (until == null || !day.isAfter(until));
    }

    /** The moment being played. */
    Instant clockNow() {
        return clock.instant();
    }

    LocalDate today() {
        return now.atZone(ZONE).toLocalDate();
    }

    /** A moment on the n-th working day after {@code day} (0: that day, or the next working one). */
    Instant workingDay(LocalDate day, int n, int hour, int minute) {
        LocalDate on = calendar.isWorkingDay(day) ? calendar.plusWorkingDays(day, n)
                : calendar.plusWorkingDays(day, Math.max(1, n));
        return at(on, hour, minute);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Some time in office hours. */
    int hour() {
        return 9 + random.nextInt(8);
    }

    int minute() {
        return random.nextInt(60);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    void plan(Instant when, String what, Runnable action) {
        timeline.at(when, what, action);
    }

    <T> T as(Person person, Supplier<T> work) {
        return acting.as(person, work);
    }

    void as(Person person, Runnable work) {
        acting.as(person, work);
    }
}
