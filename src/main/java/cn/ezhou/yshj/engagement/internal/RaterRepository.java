package cn.ezhou.yshj.engagement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RaterRepository extends JpaRepository<RoundRater, RoundRater.Key> {

    long countByRoundId(long roundId);

    @Query("select r.raterKey from RoundRater r where r.roundId = :roundId")
    List<String> raterKeys(long roundId);

    boolean existsByRoundIdAndRaterKey(long roundId, String raterKey);
}
