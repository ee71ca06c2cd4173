package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A briefing 通报/资料 published by the office to observers and/or associations. */
@Entity
public class Briefing extends AbstractEntity {

    private String title;
    private String body;
    private boolean toObservers;
    private boolean toAssociations;
    private String publishedBy;
    private Instant publishedAt;
    /** 保密: 内部资料 注意保密; kept out of anything public, and its openings are recorded. */
    private boolean confidential;

    protected Briefing() {
    }

    public Briefing(String title, String body, boolean toObservers, boolean toAssociations, String publishedBy,
                    Instant publishedAt, boolean confidential) {
        this.title = title;
        this.body = body;
        this.toObservers = toObservers;
        this.toAssociations = toAssociations;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.confidential = confidential;
    }

    public String getTitle() { return title; }
    public String getBody() { return body; }
    public boolean isToObservers() { return toObservers; }
    public boolean isToAssociations() { return toAssociations; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isConfidential() { return confidential; }
}
