package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.DeadlineRule;
import cn.ezhou.yshj.submission.internal.DeadlineRuleRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deadline rules: read by the office, changed by the administrator. Changes apply to new assignments. */
@Service
@Transactional(readOnly = true)
public class DeadlineRules {

    public static final int MAX_DAYS = 60;

    private final DeadlineRuleRepository rules;
    private final AuditService audit;
    private final cn.ezhou.yshj.submission.internal.Deadlines deadlines;

    DeadlineRules(DeadlineRuleRepository rules, AuditService audit, cn.ezhou.yshj.submission.internal.Deadlines deadlines) {
        this.rules = rules;
        this.audit = audit;
        this.deadlines = deadlines;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
    public List<DeadlineRuleRecord> list() {
        return rules.findAllByOrderByCodeAsc().stream()
                .map(r -> new DeadlineRuleRecord(r.getCode(), r.getVersion(), r.getWorkingDays()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DeadlineRuleRecord update(String code, long version, int workingDays) {
        if (workingDays < 1 || workingDays > MAX_DAYS) {
            throw new Refusal("deadlineRules.error.days", MAX_DAYS);
        }
        DeadlineRule rule = rules.findById(code).orElseThrow(() -> new Refusal("deadlineRules.error.unknown"));
        if (rule.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        int before = rule.getWorkingDays();
        rule.setWorkingDays(workingDays);
        rules.flush();
        deadlines.forget();
        audit.record("DEADLINE_RULE_UPDATE", "DeadlineRule", code, AuditService.SUCCESS, before + " -> " + workingDays);
        return new DeadlineRuleRecord(code, rule.getVersion(), workingDays);
    }
}
