package cn.ezhou.yshj.association.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssociationRepository extends JpaRepository<Association, Long> {

    @Query("select a from Association a where (:like is null or lower(a.name) like :like or a.creditCode like :like)"
            + " and (:tag is null or :tag member of a.tags)")
    Page<Association> search(String like, String tag, Pageable pageable);

    Optional<Association> findByCreditCode(String creditCode);

    Optional<Association> findByName(String name);

    @Query("select distinct a.id from Association a join a.tags t where a.active = true and t in :tags")
    List<Long> activeIdsWithAnyTag(Collection<String> tags);

    @Query("select a.id from Association a where a.active = true and a.id in :ids")
    List<Long> activeAmong(Collection<Long> ids);

    List<Association> findByIdIn(Collection<Long> ids);

    @Query("select a.id from Association a where a.active = true")
    List<Long> activeIds();
}
