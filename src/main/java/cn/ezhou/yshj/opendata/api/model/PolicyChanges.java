package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.ArticleChangeView;
import cn.ezhou.yshj.consultation.text.ChangeKind;
import java.util.List;

/** The draft-to-final comparison of a policy issued from a public consultation, article by article. */
public record PolicyChanges(long policyId, long consultationId, String consultationReference, int articles, long changed,
                            List<ArticleChange> changes) {

    public static PolicyChanges of(long policyId, long consultationId, String reference, List<ArticleChangeView> views) {
        return new PolicyChanges(policyId, consultationId, reference, views.size(),
                views.stream().filter(v -> v.change().kind() != ChangeKind.UNCHANGED).count(),
                views.stream().map(ArticleChange::of).toList());
    }
}
