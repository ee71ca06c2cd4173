package cn.ezhou.yshj.drafts.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.drafts.SavedDraft;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One author's draft of one form about one target (an item, a consultation, a comment…). */
@Entity
@Table(name = "form_draft")
public class FormDraft extends AbstractEntity {

    private String owner;
    private String form;
    @Column(name = "target_id")
    private long targetId;
    @Column(name = "saved_at")
    private Instant savedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "form_draft_field", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "field_name")
    @Column(name = "field_value", columnDefinition = "mediumtext")
    private Map<String, String> fields = new HashMap<>();

    protected FormDraft() {
    }

    public FormDraft(String owner, String form, long targetId) {
        this.owner = owner;
        this.form = form;
        this.targetId = targetId;
    }

    public void write(Map<String, String> values, Instant now) {
        fields.clear();
        fields.putAll(values);
        savedAt = now;
    }

    public SavedDraft toRecord() {
        return new SavedDraft(fields, savedAt);
    }
}
