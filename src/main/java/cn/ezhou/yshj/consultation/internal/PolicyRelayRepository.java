package cn.ezhou.yshj.consultation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyRelayRepository extends JpaRepository<PolicyRelay, Long> {

    Optional<PolicyRelay> findByPolicyIdAndAssociationId(long policyId, long associationId);

    long countByPolicyId(long policyId);

    @Query("select coalesce(sum(r.memberCount), 0) from PolicyRelay r where r.policyId = :policyId")
    long membersReached(long policyId);
}
