package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.RoutingHitRate;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoutingChoiceRepository extends JpaRepository<RoutingChoice, Long> {

    /** The assignments decided in [from, to) and how many chose the first suggestion, or one of the three. */
    @Query("""
            select new cn.ezhou.yshj.submission.RoutingHitRate(count(c),
                coalesce(sum(case when c.chosenRank = 1 then 1 else 0 end), 0),
                coalesce(sum(case when c.chosenRank between 1 and 3 then 1 else 0 end), 0))
            from RoutingChoice c where c.decidedAt >= :from and c.decidedAt < :to""")
    RoutingHitRate hitRate(@Param("from") Instant from, @Param("to") Instant to);
}
