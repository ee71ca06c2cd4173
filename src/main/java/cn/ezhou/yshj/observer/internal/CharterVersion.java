package cn.ezhou.yshj.observer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A published charter version; a change is a new version, so what someone acknowledged never changes. */
@Entity
@Immutable
@Table(name = "charter_version")
public class CharterVersion {

    @Id
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "body", nullable = false, length = 20000)
    private String text;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    protected CharterVersion() {
    }

    public CharterVersion(int versionNumber, String text, Instant publishedAt, String publishedBy) {
        this.versionNumber = versionNumber;
        this.text = text;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getText() {
        return text;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
