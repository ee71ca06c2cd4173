package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.internal.ConsultationPart;
import cn.ezhou.yshj.consultation.internal.ConsultationPartRepository;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import cn.ezhou.yshj.consultation.internal.Viewers;
import cn.ezhou.yshj.consultation.internal.Policy;
import cn.ezhou.yshj.consultation.internal.PolicyPart;
import cn.ezhou.yshj.consultation.internal.PolicyPartRepository;
import cn.ezhou.yshj.consultation.internal.PolicyRepository;
import cn.ezhou.yshj.consultation.text.ArticleChange;
import cn.ezhou.yshj.consultation.text.ArticleComparison;
import cn.ezhou.yshj.consultation.text.ChangeKind;
import cn.ezhou.yshj.consultation.text.DraftPart;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issued text against the consulted draft, article by article, with the adopted or partly
 * adopted comments on each changed or removed article — the visible end of the feedback loop.
 */
@Service
@Transactional(readOnly = true)
public class PolicyComparison {

    private final PolicyRepository policies;
    private final PolicyPartRepository policyParts;
    private final ConsultationPartRepository draftParts;
    private final AnswerDesk answers;
    private final ConsultationRepository consultations;
    private final Viewers viewers;

    PolicyComparison(PolicyRepository policies, PolicyPartRepository policyParts, ConsultationPartRepository draftParts,
                     AnswerDesk answers, ConsultationRepository consultations, Viewers viewers) {
        this.consultations = consultations;
        this.viewers = viewers;
        this.policies = policies;
        this.policyParts = policyParts;
        this.draftParts = draftParts;
        this.answers = answers;
    }

    /**
     * Empty for a policy issued without a consultation, and for one whose consultation the viewer may
     * not read (a draft sent only to chosen chambers stays with them, as the policy page shows no link).
     */
    public List<ArticleChangeView> changes(long policyId) {
        Policy policy = policies.findById(policyId).orElseThrow(() -> new Refusal("policy.error.notFound"));
        if (policy.getConsultationId() == null || consultations.findById(policy.getConsultationId())
                .filter(viewers.current()::mayRead).isEmpty()) {
            return List.of();
        }
        List<ConsultationPart> draft = draftParts.findByConsultationIdOrderByPosition(policy.getConsultationId());
        Map<DraftPart, Long> draftIds = new IdentityHashMap<>();
        List<DraftPart> draftText = new ArrayList<>();
        for (ConsultationPart p : draft) {
            DraftPart part = p.toPart();
            draftIds.put(part, p.getId());
            draftText.add(part);
        }
        List<DraftPart> finalText = policyParts.findByPolicyIdOrderByPosition(policyId).stream()
                .map(PolicyPart::toPart).toList();
        List<CommentRecord> adopted = adoptedComments(policy.getConsultationId());
        List<ArticleChangeView> result = new ArrayList<>();
        for (ArticleChange change : ArticleComparison.compare(draftText, finalText)) {
            Long draftId = change.draft() == null ? null : draftIds.get(change.draft());
            List<CommentRecord> answered = change.kind() == ChangeKind.UNCHANGED || draftId == null ? List.of()
                    : adopted.stream().filter(c -> draftId.equals(c.partId())).toList();
            result.add(new ArticleChangeView(change, answered));
        }
        return result;
    }

    /** Adopted comments, if the viewer may read the consultation's report; otherwise none are shown. */
    private List<CommentRecord> adoptedComments(long consultationId) {
        try {
            return answers.report(consultationId).comments().stream()
                    .filter(c -> c.outcome() == AnswerOutcome.ADOPTED || c.outcome() == AnswerOutcome.PARTLY_ADOPTED)
                    .toList();
        } catch (Refusal notReadable) {
            return List.of();
        }
    }
}
