package cn.ezhou.yshj.cases.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypicalCaseRepository extends JpaRepository<TypicalCase, Long> {

    boolean existsBySubmissionId(long submissionId);

    Page<TypicalCase> findAllByOrderByIdDesc(Pageable pageable);

    Page<TypicalCase> findByPublishedTrueOrderByPublishedAtDesc(Pageable pageable);

    List<TypicalCase> findByPublishedTrueAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAt(
            Instant from, Instant to);
}
