package cn.ezhou.yshj.submission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** A handful of fixed codes (the types, urgent, warning): read whole. */
public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, String> {

    java.util.List<DeadlineRule> findAllByOrderByCodeAsc();
}
