package cn.ezhou.yshj.engagement.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoundRepository extends JpaRepository<SatisfactionRound, Long> {

    /** Open today, with departments the rater has not rated yet. */
    String TO_RATE = "r.opensOn <= :today and r.closesOn >= :today and (select count(x) from RoundRating x"
            + " where x.roundId = r.id and x.raterKey = :raterKey) < size(r.departments)";

    Page<SatisfactionRound> findAllByOrderByOpensOnDescIdDesc(Pageable pageable);

    /** The open rounds the rater has not finished, closing soonest first. */
    @Query("select r from SatisfactionRound r where " + TO_RATE + " order by r.closesOn, r.id")
    Page<SatisfactionRound> toRate(@Param("raterKey") String raterKey, @Param("today") LocalDate today,
                                   Pageable pageable);

    /** Rounds raters may see: those that have opened. */
    Page<SatisfactionRound> findByOpensOnLessThanEqualOrderByOpensOnDescIdDesc(LocalDate today, Pageable pageable);

    @Query("select r from SatisfactionRound r where :unit member of r.departments order by r.opensOn desc, r.id desc")
    Page<SatisfactionRound> rating(String unit, Pageable pageable);

    List<SatisfactionRound> findByClosesOnGreaterThanEqualAndClosesOnLessThanOrderByClosesOnAscIdAsc(LocalDate from,
                                                                                                    LocalDate to);

    List<SatisfactionRound> findByOpenedAtIsNullAndOpensOnLessThanEqual(LocalDate today);

    /** Opened rounds not yet reminded whose last day falls between the two dates. */
    List<SatisfactionRound> findByOpenedAtIsNotNullAndRemindedAtIsNullAndClosesOnBetween(LocalDate from, LocalDate to);
}
