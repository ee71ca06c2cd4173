package cn.ezhou.yshj.submission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, String> {
}
