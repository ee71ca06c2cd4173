package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.PolicyDetail;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued policy with its final text. {@code consultationId} names the public consultation it
 * was issued from (null when there was none or it was not public); its comparison is then at
 * {@code /policies/{id}/changes}.
 */
public record PolicyDocument(long id, String title, String documentNo, Named issuingUnit, LocalDate issuedOn,
                             boolean benefit, List<Named> industryTags, String summary, Long consultationId,
                             String consultationReference, List<Article> articles) {

    public static PolicyDocument of(PolicyDetail d, NameBook names) {
        var s = d.summary();
        return new PolicyDocument(s.id(), s.title(), s.documentNo(), names.unit(s.issuingUnit()), s.issuedOn(),
                s.benefit(), names.tags(s.tags()), d.summaryText(), d.consultationId(), d.consultationReference(),
                d.parts().stream().map(Article::of).toList());
    }
}
