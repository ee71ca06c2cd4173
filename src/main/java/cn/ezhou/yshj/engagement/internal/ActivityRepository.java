package cn.ezhou.yshj.engagement.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    Page<Activity> findAllByOrderByStartsAtDescIdDesc(Pageable pageable);

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
