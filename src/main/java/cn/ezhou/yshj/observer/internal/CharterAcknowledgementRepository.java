package cn.ezhou.yshj.observer.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Append-only. */
public interface CharterAcknowledgementRepository extends Repository<CharterAcknowledgement, Long> {

    CharterAcknowledgement save(CharterAcknowledgement acknowledgement);

    Optional<CharterAcknowledgement> findByUsernameAndVersionNumber(String username, int versionNumber);

    long countByVersionNumber(int versionNumber);
}
