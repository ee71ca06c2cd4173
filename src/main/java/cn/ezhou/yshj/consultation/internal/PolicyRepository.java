package cn.ezhou.yshj.consultation.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PolicyRepository extends JpaRepository<Policy, Long> {

    Optional<Policy> findFirstByConsultationId(long consultationId);

    Page<Policy> findAllByOrderByIssuedOnDescIdDesc(Pageable pageable);

    /** Policies pushed to the user for an association that has not confirmed relaying them; as the workbench counts. */
    @Query("""
            select p from Policy p where exists (select 1 from PolicyDelivery d where d.policyId = p.id
                and d.username = :username and d.associationId is not null
                and not exists (select 1 from PolicyRelay r where r.policyId = p.id and r.associationId = d.associationId))
            order by p.issuedOn desc, p.id desc""")
    Page<Policy> awaitingRelay(@Param("username") String username, Pageable pageable);
}
