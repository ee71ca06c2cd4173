package cn.ezhou.yshj.templates.internal;

import cn.ezhou.yshj.templates.TemplateUse;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredTemplateRepository extends JpaRepository<StoredTemplate, Long> {

    List<StoredTemplate> findByUnitCodeOrderByUseAscTitleAsc(String unitCode);

    List<StoredTemplate> findByUnitCodeAndUseOrderByTitleAsc(String unitCode, TemplateUse use);

    long countByUnitCode(String unitCode);
}
