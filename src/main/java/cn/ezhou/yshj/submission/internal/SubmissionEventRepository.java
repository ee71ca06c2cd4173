package cn.ezhou.yshj.submission.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionEventRepository extends JpaRepository<SubmissionEvent, Long> {

    List<SubmissionEvent> findBySubmissionIdOrderByIdAsc(long submissionId);
}
