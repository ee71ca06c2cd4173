package cn.ezhou.yshj.consultation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationPartRepository extends JpaRepository<ConsultationPart, Long> {

    List<ConsultationPart> findByConsultationIdOrderByPosition(long consultationId);
}
