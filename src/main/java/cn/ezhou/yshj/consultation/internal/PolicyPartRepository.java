package cn.ezhou.yshj.consultation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyPartRepository extends JpaRepository<PolicyPart, Long> {

    List<PolicyPart> findByPolicyIdOrderByPosition(long policyId);
}
