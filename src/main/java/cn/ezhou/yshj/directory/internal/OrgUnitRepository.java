package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.directory.OrgUnitKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByParentCodeOrderBySortAscCodeAsc(String parentCode);

    List<OrgUnit> findByParentCodeIsNullOrderBySortAscCodeAsc();

    List<OrgUnit> findByKindInAndActiveTrueOrderBySortAscCodeAsc(Collection<OrgUnitKind> kinds);

    List<OrgUnit> findByFromSeedTrueAndEditedByAdminFalse();

    @Query("select distinct u.parentCode from OrgUnit u where u.parentCode in :codes")
    List<String> parentsAmong(Collection<String> codes);

    long countByParentCode(String parentCode);
}
