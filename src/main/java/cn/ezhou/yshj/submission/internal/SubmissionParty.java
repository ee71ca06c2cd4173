package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A department on an item: the lead, or a co-department with the input it gives the lead. */
@Entity
@Table(name = "submission_party")
public class SubmissionParty extends AbstractEntity {

    @Column(name = "submission_id")
    private long submissionId;
    @Column(name = "unit_code")
    @KeywordField(name = "unit")
    private String unitCode;
    private boolean lead;
    @Column(name = "open_item")
    private boolean openItem;
    @Column(name = "input_text")
    private String inputText;
    @Column(name = "input_by")
    private String inputBy;
    @Column(name = "input_at")
    private Instant inputAt;

    protected SubmissionParty() {
    }

    public SubmissionParty(long submissionId, String unitCode, boolean lead) {
        this.submissionId = submissionId;
        this.unitCode = unitCode;
        this.lead = lead;
        this.openItem = true;
    }

    public void giveInput(String text, String by, Instant at) {
        this.inputText = text;
        this.inputBy = by;
        this.inputAt = at;
    }

    public long getSubmissionId() { return submissionId; }
    public String getUnitCode() { return unitCode; }
    public boolean isLead() { return lead; }
    public boolean isOpenItem() { return openItem; }
    public String getInputText() { return inputText; }
    public Instant getInputAt() { return inputAt; }
}
