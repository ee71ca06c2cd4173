package cn.ezhou.yshj.submission.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Working days allowed for a type of item (or for urgent items, or the warning lead time). */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule {

    @Id
    private String code;
    @Version
    private long version;
    @jakarta.persistence.Column(name = "working_days")
    private int workingDays;

    protected DeadlineRule() {
    }

    public String getCode() { return code; }
    public long getVersion() { return version; }
    public int getWorkingDays() { return workingDays; }

    public void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }
}
