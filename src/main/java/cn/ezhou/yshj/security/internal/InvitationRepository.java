package cn.ezhou.yshj.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCode(String code);

    @Query("""
            select i from Invitation i
            where lower(i.email) = lower(:email) and i.acceptedAt is null and i.revoked = false and i.expiresAt > :now
            order by i.id desc""")
    List<Invitation> findOpenByEmail(String email, Instant now);

    Page<Invitation> findAllByOrderByIdDesc(Pageable pageable);

    Optional<Invitation> findFirstByAcceptedBy(String username);

    /** Rows of [code, acceptedBy] of the accepted invitations among the codes. */
    @Query("select i.code, i.acceptedBy from Invitation i where i.code in :codes and i.acceptedBy is not null")
    List<Object[]> acceptedByForCodes(Collection<String> codes);
}
