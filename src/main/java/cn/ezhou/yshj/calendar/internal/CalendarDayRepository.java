package cn.ezhou.yshj.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDay(LocalDate day);

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    /**
     * The entered days of a range as values, not entities: deadlines are counted inside the
     * transactions of other modules' changes, where loaded days would be dirty-checked at each
     * later flush.
     */
    @Query("select new cn.ezhou.yshj.calendar.internal.DayKindOn(d.day, d.kind) from CalendarDay d where d.day between :from and :to")
    List<DayKindOn> kindsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<CalendarDay> findByEditedByAdminFalse();

    /** Whether any holiday or adjusted working day was entered for a range (a year). */
    boolean existsByDayBetweenAndKindNot(LocalDate from, LocalDate to, cn.ezhou.yshj.calendar.DayKind kind);
}
