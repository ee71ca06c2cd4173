package cn.ezhou.yshj.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDay(LocalDate day);

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    List<CalendarDay> findByEditedByAdminFalse();

    /** Whether any holiday or adjusted working day was entered for a range (a year). */
    boolean existsByDayBetweenAndKindNot(LocalDate from, LocalDate to, cn.ezhou.yshj.calendar.DayKind kind);
}
