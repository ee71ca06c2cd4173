package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.search.Reindexing;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import cn.ezhou.yshj.consultation.internal.Policy;
import cn.ezhou.yshj.consultation.internal.PolicyDelivery;
import cn.ezhou.yshj.consultation.internal.PolicyDeliveryRepository;
import cn.ezhou.yshj.consultation.internal.PolicyPart;
import cn.ezhou.yshj.consultation.internal.PolicyPartRepository;
import cn.ezhou.yshj.consultation.internal.PolicyPush;
import cn.ezhou.yshj.consultation.internal.PolicyRelay;
import cn.ezhou.yshj.consultation.internal.PolicyRelayRepository;
import cn.ezhou.yshj.consultation.internal.PolicyRepository;
import cn.ezhou.yshj.consultation.internal.Viewer;
import cn.ezhou.yshj.consultation.internal.Viewers;
import cn.ezhou.yshj.consultation.internal.WindowRules;
import cn.ezhou.yshj.consultation.text.DraftPart;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Issued policies: public documents, pushed on issue to the associations whose industry tags
 * match and, if chosen, to the observers; a recipient's first opening is the read receipt.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PolicyService {

    private final PolicyRepository policies;
    private final PolicyPartRepository parts;
    private final PolicyDeliveryRepository deliveries;
    private final PolicyRelayRepository relays;
    private final ConsultationRepository consultations;
    private final PolicyPush push;
    private final Viewers viewers;
    private final AuditService audit;
    private final Reindexing reindexing;
    private final Clock clock;

    PolicyService(PolicyRepository policies, PolicyPartRepository parts, PolicyDeliveryRepository deliveries,
                  PolicyRelayRepository relays, ConsultationRepository consultations, PolicyPush push, Viewers viewers,
                  AuditService audit, Reindexing reindexing, Clock clock) {
        this.reindexing = reindexing;
        this.policies = policies;
        this.parts = parts;
        this.deliveries = deliveries;
        this.relays = relays;
        this.consultations = consultations;
        this.push = push;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the policy and pushes it. Linked to a consultation only after its feedback report is out. */
    @PreAuthorize("hasAnyRole('DEPARTMENT','OFFICE')")
    @Transactional
    public long issue(@Valid IssuePolicy command) {
        Viewer v = viewers.current();
        if (!v.office() && !command.issuingUnit().equals(v.departmentUnit())) {
            audit.recordRefused("POLICY_ISSUE", "Policy", null, "unit " + command.issuingUnit());
            throw new Refusal("consultation.error.notYourUnit");
        }
        WindowRules.checkParts(command.parts());
        if (command.consultationId() != null) {
            Consultation c = consultations.findById(command.consultationId()).filter(v::mayRead)
                    .orElseThrow(() -> new Refusal("consultation.error.notFound"));
            if (!v.office() && !v.drafts(c)) {
                throw new Refusal("consultation.error.notDrafter");
            }
            if (c.getReportPublishedAt() == null) {
                throw new Refusal("policy.error.reportFirst");
            }
            if (policies.findFirstByConsultationId(c.getId()).isPresent()) {
                throw new Refusal("policy.error.alreadyIssued");
            }
        }
        Policy policy = policies.saveAndFlush(new Policy(command.consultationId(), UserText.strip(command.title()),
                blankToNull(command.documentNo()), command.issuingUnit(), command.issuedOn(), command.benefit(),
                command.toObservers(), blankToNull(command.summary()), command.tags(), v.username(), clock.instant()));
        List<PolicyPart> stored = new ArrayList<>();
        int position = 0;
        for (DraftPart part : command.parts()) {
            stored.add(new PolicyPart(policy.getId(), position++, part));
        }
        parts.saveAll(stored);
        reindexing.afterCommit(Policy.class, policy.getId());
        int pushed = push.push(policy);
        audit.record("POLICY_ISSUE", "Policy", policy.getId(), AuditService.SUCCESS, policy.getTitle() + ", pushed " + pushed);
        return policy.getId();
    }

    /** All issued policies, newest first, each marked when it was pushed to the viewer. */
    public Page<PolicySummary> list(Pageable pageable) {
        Viewer v = viewers.current();
        Page<Policy> page = policies.findAllByOrderByIssuedOnDescIdDesc(pageable);
        Map<Long, PolicyDelivery> mine = v.anonymous() ? Map.of() : deliveries.findByUsernameAndPolicyIdIn(v.username(),
                page.map(Policy::getId).getContent()).stream()
                .collect(Collectors.toMap(PolicyDelivery::getPolicyId, Function.identity()));
        return page.map(p -> p.toSummary(mine.containsKey(p.getId()),
                mine.containsKey(p.getId()) ? mine.get(p.getId()).getReadAt() : null));
    }

    /** Policies pushed to the liaison's association whose relay to the members is not yet confirmed, newest first. */
    @PreAuthorize("hasRole('ASSOCIATION')")
    public Page<PolicySummary> toConfirm(Pageable pageable) {
        Viewer v = viewers.current();
        Page<Policy> page = policies.awaitingRelay(v.username(), pageable);
        Map<Long, PolicyDelivery> mine = deliveries.findByUsernameAndPolicyIdIn(v.username(),
                page.map(Policy::getId).getContent()).stream()
                .collect(Collectors.toMap(PolicyDelivery::getPolicyId, Function.identity()));
        return page.map(p -> p.toSummary(true, mine.containsKey(p.getId()) ? mine.get(p.getId()).getReadAt() : null));
    }

    /** The policy; opening it is a recipient's read receipt. */
    @Transactional
    public PolicyDetail open(long id) {
        Viewer v = viewers.current();
        Policy p = policies.findById(id).orElseThrow(() -> new Refusal("policy.error.notFound"));
        PolicyDelivery delivery = v.anonymous() ? null : deliveries.findByPolicyIdAndUsername(id, v.username()).orElse(null);
        if (delivery != null) {
            delivery.read(clock.instant());
        }
        Integer relayed = v.association().flatMap(m -> relays.findByPolicyIdAndAssociationId(id, m.associationId()))
                .map(PolicyRelay::getMemberCount).orElse(null);
        String reference = p.getConsultationId() == null ? null
                : consultations.findById(p.getConsultationId()).filter(v::mayRead).map(Consultation::getReferenceNo).orElse(null);
        return new PolicyDetail(p.toSummary(delivery != null, delivery == null ? null : delivery.getReadAt()), p.getSummary(),
                parts.findByPolicyIdOrderByPosition(id).stream().map(PolicyPart::toView).toList(),
                reference == null ? null : p.getConsultationId(), reference,
                delivery != null && delivery.getAssociationId() != null, relayed);
    }

    /** An association confirms it relayed the policy to its members; a second confirmation corrects the count. */
    @PreAuthorize("hasRole('ASSOCIATION')")
    @Transactional
    public void confirmRelay(long policyId, int memberCount) {
        Viewer v = viewers.current();
        PolicyDelivery delivery = deliveries.findByPolicyIdAndUsername(policyId, v.username())
                .filter(d -> d.getAssociationId() != null)
                .orElseThrow(() -> new Refusal("policy.error.notPushedToYou"));
        if (memberCount < 0 || memberCount > 10_000_000) {
            throw new Refusal("consultation.error.membersInvalid");
        }
        PolicyRelay relay = relays.findByPolicyIdAndAssociationId(policyId, delivery.getAssociationId())
                .orElseGet(() -> new PolicyRelay(policyId, delivery.getAssociationId()));
        relay.confirm(memberCount, v.username(), clock.instant());
        relays.save(relay);
        audit.record("POLICY_RELAY", "Policy", policyId, AuditService.SUCCESS, memberCount + " members");
    }

    @PreAuthorize("hasAnyRole('OFFICE','DEPARTMENT')")
    public PolicyReach reach(long policyId) {
        policies.findById(policyId).orElseThrow(() -> new Refusal("policy.error.notFound"));
        return new PolicyReach(deliveries.countByPolicyId(policyId), deliveries.countByPolicyIdAndReadAtIsNotNull(policyId),
                deliveries.associationsReached(policyId), relays.countByPolicyId(policyId), relays.membersReached(policyId));
    }

    private static String blankToNull(String s) {
        return UserText.orNull(s);
    }
}
