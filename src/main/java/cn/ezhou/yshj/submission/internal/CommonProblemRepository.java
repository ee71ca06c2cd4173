package cn.ezhou.yshj.submission.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommonProblemRepository extends JpaRepository<CommonProblem, Long> {

    Page<CommonProblem> findAllByOrderByIdDesc(Pageable pageable);
}
