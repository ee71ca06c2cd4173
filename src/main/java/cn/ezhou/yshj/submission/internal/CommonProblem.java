package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A problem several items share (共性问题), rectified once and closed together. */
@Entity
@Table(name = "common_problem")
public class CommonProblem extends AbstractEntity {

    private String title;
    private String rectification;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected CommonProblem() {
    }

    public CommonProblem(String title, String createdBy, Instant createdAt) {
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void close(String rectification, Instant now) {
        this.rectification = rectification;
        this.closedAt = now;
    }

    public String getTitle() { return title; }
    public String getRectification() { return rectification; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
}
