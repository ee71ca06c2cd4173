package cn.ezhou.yshj.observer.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CertificateCounterRepository extends JpaRepository<CertificateCounter, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CertificateCounter c where c.year = :year")
    Optional<CertificateCounter> lockYear(int year);
}
