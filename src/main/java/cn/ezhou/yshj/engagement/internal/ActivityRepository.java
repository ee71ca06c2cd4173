package cn.ezhou.yshj.engagement.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** Addressed to the person, sign-up still open, a place left, and not yet signed up for. */
    String OPEN_FOR = "((:observer = true and a.toObservers = true) or (:association = true and a.toAssociations = true))"
            + " and a.signupDeadline > :now"
            + " and not exists (select 1 from ActivitySignup s where s.activityId = a.id and s.username = :username)"
            + " and (select count(s2) from ActivitySignup s2 where s2.activityId = a.id) < a.capacity";

    Page<Activity> findAllByOrderByStartsAtDescIdDesc(Pageable pageable);

    /** The activities the person may still sign up for, soonest start first. */
    @Query("select a from Activity a where " + OPEN_FOR + " order by a.startsAt, a.id")
    Page<Activity> openFor(@Param("username") String username, @Param("observer") boolean observer,
                           @Param("association") boolean association, @Param("now") Instant now, Pageable pageable);

    /** The activities addressed to observers and/or associations, latest start first. */
    @Query("select a from Activity a where (:observer = true and a.toObservers = true)"
            + " or (:association = true and a.toAssociations = true) order by a.startsAt desc, a.id desc")
    Page<Activity> addressedTo(boolean observer, boolean association, Pageable pageable);

    /**
     * The activity with its row locked until the transaction ends: sign-ups to one activity queue here.
     * Plain {@code for update} (not Hibernate's MySQL 8 {@code for update of}) so MariaDB accepts it too.
     */
    @Query(value = "select * from activity where id = :id for update", nativeQuery = true)
    Optional<Activity> lockById(long id);
}
