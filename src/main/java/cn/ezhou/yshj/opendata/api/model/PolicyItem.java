package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.PolicySummary;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.LocalDate;
import java.util.List;

/** A line of the policy list; {@code benefit}: an enterprise-benefit policy (惠企政策). */
public record PolicyItem(long id, String title, String documentNo, Named issuingUnit, LocalDate issuedOn,
                         boolean benefit, List<Named> industryTags) {

    public static PolicyItem of(PolicySummary p, NameBook names) {
        return new PolicyItem(p.id(), p.title(), p.documentNo(), names.unit(p.issuingUnit()), p.issuedOn(), p.benefit(),
                names.tags(p.tags()));
    }
}
