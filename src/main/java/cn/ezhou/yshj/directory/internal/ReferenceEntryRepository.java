package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.directory.ReferenceList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferenceEntryRepository extends JpaRepository<ReferenceEntry, Long> {

    Optional<ReferenceEntry> findByListAndCode(ReferenceList list, String code);

    List<ReferenceEntry> findByList(ReferenceList list);

    List<ReferenceEntry> findByListOrderBySortAscCodeAsc(ReferenceList list);

    List<ReferenceEntry> findByListAndActiveTrueOrderBySortAscCodeAsc(ReferenceList list);
}
