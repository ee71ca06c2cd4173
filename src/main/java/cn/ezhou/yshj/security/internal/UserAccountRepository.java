package cn.ezhou.yshj.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("""
            select new cn.ezhou.yshj.security.internal.ContactColumns(a.id, a.username, a.displayName, a.email,
                a.preferredLocale, a.orgUnitCode) from UserAccount a where a.username in :usernames""")
    List<ContactColumns> contactsOf(@Param("usernames") Collection<String> usernames);

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    boolean existsByUsername(String username);

    long countByRolesContaining(String role);

    /**
     * A successful login, in one statement: sessions of one account that log in at the same moment
     * would otherwise each load the account and meet an optimistic-locking conflict writing it back.
     * The version is left as it is, so an administrator editing the account meets no conflict either.
     */
    @Modifying
    @Query("""
            update UserAccount a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :at
            where a.username = :username""")
    int recordSuccessfulLogin(@Param("username") String username, @Param("at") Instant at);

    /** Counts a failed log-in in the database itself, so that parallel failures are all counted. */
    @Modifying
    @Query("update UserAccount a set a.failedLogins = a.failedLogins + 1 where a.username = :username")
    int countFailedLogin(@Param("username") String username);

    /**
     * Locks the account once its failures reach {@code max}, and starts the count afresh; 1 for the
     * one call that locked it, 0 for all others (the row lock orders concurrent calls).
     */
    @Modifying
    @Query("""
            update UserAccount a set a.lockedUntil = :until, a.failedLogins = 0
            where a.username = :username and a.failedLogins >= :max""")
    int lockAfterFailures(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

    @Query("""
            select a from UserAccount a
            where :filter is null or lower(a.username) like :filter or lower(a.displayName) like :filter
               or lower(a.email) like :filter""")
    Page<UserAccount> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select new cn.ezhou.yshj.security.internal.AccountRoles(a.username, a.roles) from UserAccount a
            where a.enabled = true and a.roles like :pattern order by a.username""")
    List<AccountRoles> enabledWithRole(@Param("pattern") String pattern);

    @Query("""
            select new cn.ezhou.yshj.security.internal.AccountRoles(a.username, a.roles) from UserAccount a
            where a.enabled = true and a.orgUnitCode = :unit order by a.username""")
    List<AccountRoles> enabledInUnit(@Param("unit") String unit);
}
