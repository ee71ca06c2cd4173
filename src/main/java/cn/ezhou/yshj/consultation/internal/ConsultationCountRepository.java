package cn.ezhou.yshj.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The workbench figures of this module: one statement for each role's counts. */
public interface ConsultationCountRepository extends Repository<Consultation, Long> {

    /** [waiting for answers, of which past the answer deadline]. */
    @Query("""
            select count(k), coalesce(sum(case when k.answerDue < :today then 1 else 0 end), 0)
            from Consultation k where k.reportPublishedAt is null and k.closesOn < :today
              and exists (select 1 from ConsultationComment c where c.consultationId = k.id
                          and c.withdrawn = false and c.outcome is null)""")
    List<Object[]> office(@Param("today") LocalDate today);

    /**
     * [the unit's consultations being answered (closed, report not out), comments on them still to
     * answer, of which past the answer deadline].
     */
    @Query("""
            select count(distinct k.id), count(c.id),
                   coalesce(sum(case when c.id is not null and k.answerDue < :today then 1 else 0 end), 0)
            from Consultation k left join ConsultationComment c
              on c.consultationId = k.id and c.withdrawn = false and c.outcome is null
            where k.draftingUnit = :unit and k.reportPublishedAt is null and k.closesOn < :today""")
    List<Object[]> department(@Param("unit") String unit, @Param("today") LocalDate today);

    /**
     * [open consultations the audience member may comment on, the earliest closing day among them,
     * policies pushed to the user for an association and not yet confirmed as relayed].
     */
    @Query("""
            select (select count(k) from Consultation k where k.reportPublishedAt is null and k.opensOn <= :today
                      and k.closesOn >= :today and (k.toPublic = true or (:observer = true and k.toObservers = true)
                        or (:association is not null and :association member of k.audienceAssociations)
                        or exists (select 1 from Consultation k2 join k2.audienceTags t where k2 = k and t in :tags))),
                   (select min(k.closesOn) from Consultation k where k.reportPublishedAt is null and k.opensOn <= :today
                      and k.closesOn >= :today and (k.toPublic = true or (:observer = true and k.toObservers = true)
                        or (:association is not null and :association member of k.audienceAssociations)
                        or exists (select 1 from Consultation k2 join k2.audienceTags t where k2 = k and t in :tags))),
                   (select count(d) from PolicyDelivery d where d.username = :username and d.associationId is not null
                      and not exists (select 1 from PolicyRelay r where r.policyId = d.policyId
                                      and r.associationId = d.associationId))""")
    List<Object[]> audience(@Param("username") String username, @Param("observer") boolean observer,
                            @Param("association") Long association, @Param("tags") List<String> tags,
                            @Param("today") LocalDate today);
}
