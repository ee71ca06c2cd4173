package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.consultation.text.DraftPart;
import cn.ezhou.yshj.consultation.text.PartKind;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import cn.ezhou.yshj.base.SearchWords;

/** A part of a stored text (a consultation draft or an issued policy), in reading order. */
@MappedSuperclass
public abstract class StoredPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Enumerated(EnumType.STRING)
    private PartKind kind;
    private Integer number;
    private String label;
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String title;
    @Column(columnDefinition = "mediumtext")
    @FullTextField(analyzer = SearchWords.CHINESE, highlightable = Highlightable.ANY)
    private String body;

    protected StoredPart() {
    }

    protected StoredPart(int position, DraftPart part) {
        this.position = position;
        this.kind = part.kind();
        this.number = part.number();
        this.label = part.label();
        this.title = part.title();
        this.body = part.body() == null ? "" : part.body();
    }

    public Long getId() {
        return id;
    }

    public DraftPart toPart() {
        return new DraftPart(kind, number, label, title, body);
    }

    public DraftPartView toView() {
        return new DraftPartView(id, toPart());
    }
}
