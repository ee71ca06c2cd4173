package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.LocalDate;
import java.time.ZoneId;

/** A published typical case (典型案例): an example to follow or a warning, with the office's anonymised summary. */
public record CaseItem(long id, CaseKind kind, String title, String summary, Named domain, LocalDate publishedOn) {

    /** {@code city}: the portal clock's zone, in which the publishing day is counted. */
    public static CaseItem of(TypicalCaseRecord c, NameBook names, ZoneId city) {
        return new CaseItem(c.id(), c.kind(), c.title(), c.summary(), names.domain(c.domainCode()),
                c.publishedAt() == null ? null : c.publishedAt().atZone(city).toLocalDate());
    }
}
