package cn.ezhou.yshj.engagement.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RaterRepository extends JpaRepository<RoundRater, RoundRater.Key> {

    long countByRoundId(long roundId);

    boolean existsByRoundIdAndRaterKey(long roundId, String raterKey);
}
