package cn.ezhou.yshj.engagement.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpeningRepository extends JpaRepository<OpeningEntry, Long> {

    Page<OpeningEntry> findByItemKindAndItemIdOrderByOpenedAtDescIdDesc(String itemKind, long itemId, Pageable pageable);
}
