package cn.ezhou.yshj.engagement.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RatingRepository extends JpaRepository<RoundRating, Long> {

    boolean existsByRoundIdAndUnitCodeAndRaterKey(long roundId, String unitCode, String raterKey);

    List<RoundRating> findByRoundIdAndRaterKey(long roundId, String raterKey);

    Page<RoundRating> findByRoundIdAndUnitCodeOrderByIdAsc(long roundId, String unitCode, Pageable pageable);

    /** Per round, department and dimension position: the sum of scores and how many there are. */
    @Query(value = "select r.round_id, r.unit_code, s.position, sum(s.score), count(*) from round_rating r"
            + " join round_score s on s.rating_id = r.id where r.round_id in (:rounds)"
            + " group by r.round_id, r.unit_code, s.position", nativeQuery = true)
    List<Object[]> sums(Collection<Long> rounds);

    /** Rater key → how many departments that rater has rated in the round. */
    @Query("select r.raterKey, count(r) from RoundRating r where r.roundId = :roundId group by r.raterKey")
    List<Object[]> ratedPerRater(long roundId);

    @Query("select count(distinct r.raterKey) from RoundRating r where r.roundId = :roundId")
    long respondents(long roundId);

    /** Distinct rounds the account gave a rating in, by the time of rating. */
    @Query("select count(distinct r.roundId) from RoundRating r where r.ratedBy = :username"
            + " and r.ratedAt >= :from and r.ratedAt < :to")
    long roundsRatedBy(String username, Instant from, Instant to);
}
