package cn.ezhou.yshj.observer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualEvaluationRepository extends JpaRepository<AnnualEvaluation, Long> {

    Optional<AnnualEvaluation> findByObserverIdAndYear(long observerId, int year);

    List<AnnualEvaluation> findByObserverIdOrderByYearDesc(long observerId);
}
