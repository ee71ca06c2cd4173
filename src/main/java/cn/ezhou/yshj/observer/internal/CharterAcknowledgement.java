package cn.ezhou.yshj.observer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** That a user acknowledged a charter version, and when. Kept for good. */
@Entity
@Immutable
@Table(name = "charter_acknowledgement")
public class CharterAcknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String username;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected CharterAcknowledgement() {
    }

    public CharterAcknowledgement(String username, int versionNumber, Instant acknowledgedAt) {
        this.username = username;
        this.versionNumber = versionNumber;
        this.acknowledgedAt = acknowledgedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
