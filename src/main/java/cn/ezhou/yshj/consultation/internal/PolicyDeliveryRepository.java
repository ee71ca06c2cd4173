package cn.ezhou.yshj.consultation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyDeliveryRepository extends JpaRepository<PolicyDelivery, Long> {

    Optional<PolicyDelivery> findByPolicyIdAndUsername(long policyId, String username);

    List<PolicyDelivery> findByUsernameAndPolicyIdIn(String username, Collection<Long> policyIds);

    long countByPolicyId(long policyId);

    long countByPolicyIdAndReadAtIsNotNull(long policyId);

    @Query("select count(distinct d.associationId) from PolicyDelivery d where d.policyId = :policyId and d.associationId is not null")
    long associationsReached(long policyId);
}
