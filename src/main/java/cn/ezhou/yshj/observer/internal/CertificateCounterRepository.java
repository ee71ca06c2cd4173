package cn.ezhou.yshj.observer.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateCounterRepository extends JpaRepository<CertificateCounter, Integer> {

    /**
     * The year's counter under a row lock. Plain {@code FOR UPDATE} in native SQL: Hibernate's MySQL 8
     * dialect would write {@code FOR UPDATE OF alias}, which MariaDB does not accept.
     */
    @Query(value = "select * from certificate_counter where issue_year = :year for update", nativeQuery = true)
    Optional<CertificateCounter> lockYear(int year);
}
