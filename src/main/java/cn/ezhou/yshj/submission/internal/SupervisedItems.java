package cn.ezhou.yshj.submission.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Items that received a supervision notice (督办) in a period, for the office's reports. */
public interface SupervisedItems extends Repository<Submission, Long> {

    @Query("select s from Submission s where s.supervisedAt >= :from and s.supervisedAt < :to order by s.supervisedAt")
    List<Submission> supervisedBetween(Instant from, Instant to, Pageable pageable);
}
