package cn.ezhou.yshj.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Aggregates over comments and their answers; consultations are few, comments a few thousand a year. */
public interface AnswerFiguresRepository extends Repository<Consultation, Long> {

    /** Rows of [drafting unit, answer due, answered at] for the comments due in [from, to]. */
    @Query("""
            select k.draftingUnit, k.answerDue, c.answeredAt from Consultation k, ConsultationComment c
            where c.consultationId = k.id and k.answerDue >= :from and k.answerDue <= :to and c.withdrawn = false""")
    List<Object[]> dueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select count(k) from Consultation k where k.reportPublishedAt is null and k.closesOn < :today
              and exists (select 1 from ConsultationComment c where c.consultationId = k.id
                          and c.withdrawn = false and c.outcome is null)""")
    long countWaiting(@Param("today") LocalDate today);

    @Query("""
            select count(k) from Consultation k where k.reportPublishedAt is null and k.closesOn < :today
              and k.answerDue < :today
              and exists (select 1 from ConsultationComment c where c.consultationId = k.id
                          and c.withdrawn = false and c.outcome is null)""")
    long countWaitingPastDue(@Param("today") LocalDate today);
}
