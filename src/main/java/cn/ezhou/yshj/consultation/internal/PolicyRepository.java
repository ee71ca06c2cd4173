package cn.ezhou.yshj.consultation.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyRepository extends JpaRepository<Policy, Long> {

    Optional<Policy> findFirstByConsultationId(long consultationId);

    Page<Policy> findAllByOrderByIssuedOnDescIdDesc(Pageable pageable);
}
