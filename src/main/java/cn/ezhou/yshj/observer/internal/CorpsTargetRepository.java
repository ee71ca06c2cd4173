package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.observer.ObserverLevel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorpsTargetRepository extends JpaRepository<CorpsTarget, Long> {

    Optional<CorpsTarget> findByYearAndCategoryAndLevel(int year, String category, ObserverLevel level);

    List<CorpsTarget> findByYear(int year);
}
