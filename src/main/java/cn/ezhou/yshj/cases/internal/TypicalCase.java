package cn.ezhou.yshj.cases.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import cn.ezhou.yshj.base.SearchWords;

/**
 * A typical case. Indexed for the public search with its title and summary (never the item's
 * reference, which the public does not see) and whether it is published; publishing and
 * withdrawing change this entity, so the index follows them by itself.
 */
@Entity
@Indexed(index = "typical_case")
public class TypicalCase extends AbstractEntity {

    private long submissionId;
    private String reference;
    @Enumerated(EnumType.STRING)
    private CaseKind kind;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String title;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String summary;
    private String domainCode;
    private String unitCode;
    @GenericField
    private boolean published;
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;
    private String createdBy;
    private Instant createdAt;

    protected TypicalCase() {
    }

    public TypicalCase(long submissionId, String reference, String domainCode, String unitCode, String createdBy, Instant at) {
        this.submissionId = submissionId;
        this.reference = reference;
        this.domainCode = domainCode;
        this.unitCode = unitCode;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void write(CaseKind kind, String title, String summary) {
        this.kind = kind;
        this.title = title;
        this.summary = summary;
    }

    public void publish(boolean publish, Instant at) {
        this.published = publish;
        this.publishedAt = publish ? at : null;
    }

    public String getReference() {
        return reference;
    }

    /** The office's view includes the item's reference; the public's does not. */
    public TypicalCaseRecord toRecord(boolean withReference) {
        return new TypicalCaseRecord(getId(), getVersion(), withReference ? reference : null, kind, title, summary,
                domainCode, unitCode, published, publishedAt);
    }
}
