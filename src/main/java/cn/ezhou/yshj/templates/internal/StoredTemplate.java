package cn.ezhou.yshj.templates.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.templates.AnswerTemplate;
import cn.ezhou.yshj.templates.TemplateUse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One unit's answer template. */
@Entity
@Table(name = "answer_template")
public class StoredTemplate extends AbstractEntity {

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "use_kind", nullable = false, length = 24)
    private TemplateUse use;
    @Column(length = 24)
    private String result;
    @Column(nullable = false, length = 60)
    private String title;
    @Column(name = "body", nullable = false, length = 4000)
    private String text;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredTemplate() {
    }

    public StoredTemplate(String unitCode) {
        this.unitCode = unitCode;
    }

    public void write(TemplateUse use, String result, String title, String text, String by, Instant at) {
        this.use = use;
        this.result = result;
        this.title = title;
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public AnswerTemplate toRecord() {
        return new AnswerTemplate(getId(), getVersion(), use, result, title, text, updatedBy, updatedAt);
    }
}
