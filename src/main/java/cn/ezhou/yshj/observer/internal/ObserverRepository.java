package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObserverRepository extends JpaRepository<Observer, Long> {

    Optional<Observer> findByReferenceNo(String referenceNo);

    Optional<Observer> findByInvitationCode(String invitationCode);

    List<Observer> findByIdNumberAndStateIn(String idNumber, Collection<ObserverState> states);

    List<Observer> findByStateOrderByIdAsc(ObserverState state);

    List<Observer> findByStateInAndInvitationCodeNotNull(Collection<ObserverState> states);

    List<Observer> findByStateInAndTermEndBefore(Collection<ObserverState> states, LocalDate day);

    /** Observers in the state whose term started on or before the day, in id order, a page at a time. */
    Slice<Observer> findByStateAndTermStartLessThanEqualOrderByIdAsc(ObserverState state, LocalDate day,
                                                                     Pageable pageable);

    /** Renewals waiting whose current term ended before the day. */
    @Query("select o from Observer o where o.renewedUntil is not null and o.termEnd < :day order by o.id")
    List<Observer> renewalsDue(@Param("day") LocalDate day);

    /** Serving or suspended observers whose term ends in [from, until] and who were not yet reminded of that end. */
    @Query("""
            select o from Observer o where o.state in :states and coalesce(o.renewedUntil, o.termEnd) between :from and :until
              and (o.termEndRemindedFor is null or o.termEndRemindedFor <> coalesce(o.renewedUntil, o.termEnd))
            order by o.id""")
    List<Observer> termEndingUnreminded(@Param("states") Collection<ObserverState> states,
                                        @Param("from") LocalDate from, @Param("until") LocalDate until);

    /** Rows of [category, level, count] for observers in the given states whose term covers the day. */
    @Query("""
            select o.category, o.level, count(o) from Observer o
            where o.state in :states and o.servingSince <= :day and o.termEnd >= :day group by o.category, o.level""")
    List<Object[]> countServingOn(@Param("states") Collection<ObserverState> states, @Param("day") LocalDate day);

    /** Rows of [district code, count] of district-level observers in the given states whose term covers the day. */
    @Query("""
            select o.districtCode, count(o) from Observer o where o.state in :states and o.level = :level
            and o.servingSince <= :day and o.termEnd >= :day group by o.districtCode""")
    List<Object[]> countByDistrictServingOn(@Param("states") Collection<ObserverState> states,
                                            @Param("level") ObserverLevel level, @Param("day") LocalDate day);


    @Query("""
            select o from Observer o
            where (:state is null or o.state = :state)
              and (:category is null or o.category = :category)
              and (:level is null or o.level = :level)
              and (:district is null or o.districtCode = :district)
              and (:termEndBefore is null or o.termEnd <= :termEndBefore)
              and (:name is null or o.name like :name)""")
    Page<Observer> search(@Param("state") ObserverState state, @Param("category") String category,
                          @Param("level") ObserverLevel level, @Param("district") String district,
                          @Param("termEndBefore") LocalDate termEndBefore, @Param("name") String name, Pageable pageable);
}
