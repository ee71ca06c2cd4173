package cn.ezhou.yshj.engagement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The workbench figures of this module in one statement, with the same conditions as the filtered
 * lists ({@link RoundRepository#toRate}, {@link BriefingRepository#unreadBy}, {@link ActivityRepository#openFor}).
 */
public interface EngagementCountRepository extends Repository<SatisfactionRound, Long> {

    /** [rounds to rate, unread briefings, activities open for sign-up]; a null rater key has no rounds. */
    @Query("select (select count(r) from SatisfactionRound r where :raterKey is not null and " + RoundRepository.TO_RATE + "),"
            + " (select count(b) from BriefingReceipt b where b.username = :username and b.readAt is null),"
            + " (select count(a) from Activity a where " + ActivityRepository.OPEN_FOR + ")")
    List<Object[]> mine(@Param("username") String username, @Param("raterKey") String raterKey,
                        @Param("observer") boolean observer, @Param("association") boolean association,
                        @Param("today") LocalDate today, @Param("now") Instant now);
}
