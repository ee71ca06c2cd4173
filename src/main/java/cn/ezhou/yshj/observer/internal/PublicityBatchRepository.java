package cn.ezhou.yshj.observer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicityBatchRepository extends JpaRepository<PublicityBatch, Long> {
}
