package cn.ezhou.yshj.association.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LiaisonRepository extends JpaRepository<Liaison, Long> {

    List<Liaison> findByAssociationIdOrderById(long associationId);

    List<Liaison> findByAssociationIdIn(Collection<Long> associationIds);

    List<Liaison> findByUsername(String username);

    List<Liaison> findByInvitationCode(String invitationCode);

    boolean existsByAssociationIdAndUsername(long associationId, String username);
}
