package cn.ezhou.yshj.observer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByObserverIdOrderByIdAsc(long observerId);

    long countByObserverIdAndState(long observerId, String state);
}
