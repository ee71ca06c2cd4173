package cn.ezhou.yshj.observer.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterVersionRepository extends JpaRepository<CharterVersion, Integer> {

    Optional<CharterVersion> findFirstByOrderByVersionNumberDesc();
}
