package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.engagement.Attendance;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SignupRepository extends JpaRepository<ActivitySignup, Long> {

    long countByActivityId(long activityId);

    Optional<ActivitySignup> findByActivityIdAndUsername(long activityId, String username);

    Page<ActivitySignup> findByActivityIdOrderByIdAsc(long activityId, Pageable pageable);

    List<ActivitySignup> findByUsernameAndActivityIdIn(String username, Collection<Long> activityIds);

    @Query("select s.activityId, count(s) from ActivitySignup s where s.activityId in :ids group by s.activityId")
    List<Object[]> counts(Collection<Long> ids);

    /** Activities the account attended (marked present) that started in [from, to). */
    @Query("select count(s) from ActivitySignup s, Activity a where a.id = s.activityId and s.username = :username"
            + " and s.attendance = :attendance and a.startsAt >= :from and a.startsAt < :to")
    long countAttended(String username, Attendance attendance, Instant from, Instant to);
}
