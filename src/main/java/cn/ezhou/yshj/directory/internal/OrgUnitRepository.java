package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    /**
     * A unit as a record, in one statement and without loading the entity: the services check
     * units inside the transactions of their changes, where a loaded unit would be dirty-checked
     * at each later flush.
     */
    @Query("""
            select new cn.ezhou.yshj.directory.OrgUnitRecord(u.id, u.version, u.code, u.parentCode, u.kind, u.nameZh,
                u.nameEn, u.sort, u.active,
                case when exists (select c.id from OrgUnit c where c.parentCode = u.code) then true else false end)
            from OrgUnit u where u.code = :code""")
    Optional<OrgUnitRecord> recordOf(@Param("code") String code);

    List<OrgUnit> findByParentCodeOrderBySortAscCodeAsc(String parentCode);

    List<OrgUnit> findByParentCodeIsNullOrderBySortAscCodeAsc();

    List<OrgUnit> findByKindInAndActiveTrueOrderBySortAscCodeAsc(Collection<OrgUnitKind> kinds);

    List<OrgUnit> findByFromSeedTrueAndEditedByAdminFalse();

    @Query("select distinct u.parentCode from OrgUnit u where u.parentCode in :codes")
    List<String> parentsAmong(Collection<String> codes);

    long countByParentCode(String parentCode);
}
