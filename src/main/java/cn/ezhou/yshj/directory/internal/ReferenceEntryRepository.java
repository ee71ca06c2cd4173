package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReferenceEntryRepository extends JpaRepository<ReferenceEntry, Long> {

    Optional<ReferenceEntry> findByListAndCode(ReferenceList list, String code);

    List<ReferenceEntry> findByList(ReferenceList list);

    List<ReferenceEntry> findByListOrderBySortAscCodeAsc(ReferenceList list);

    /** The active entries as records, without loading them (see {@link OrgUnitRepository#recordOf}). */
    @Query("""
            select new cn.ezhou.yshj.directory.ReferenceItem(e.list, e.code, e.nameZh, e.nameEn, e.sort)
            from ReferenceEntry e where e.list = :list and e.active = true order by e.sort, e.code""")
    List<ReferenceItem> activeItems(@Param("list") ReferenceList list);
}
