package cn.ezhou.yshj.observer.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only history. */
public interface ObserverEventRepository extends Repository<ObserverEvent, Long> {

    ObserverEvent save(ObserverEvent event);

    List<ObserverEvent> findByObserverIdOrderByIdAsc(long observerId);
}
