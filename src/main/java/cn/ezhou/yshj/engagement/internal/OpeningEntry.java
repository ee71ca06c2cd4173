package cn.ezhou.yshj.engagement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a confidential briefing or activity by a recipient; written once, never changed. */
@Entity
@Table(name = "confidential_opening")
public class OpeningEntry {

    /** What was opened, in {@code item_kind}. */
    public static final String BRIEFING = "BRIEFING";
    public static final String ACTIVITY = "ACTIVITY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String itemKind;
    private long itemId;
    private String username;
    private Instant openedAt;

    protected OpeningEntry() {
    }

    public OpeningEntry(String itemKind, long itemId, String username, Instant openedAt) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.username = username;
        this.openedAt = openedAt;
    }

    public String getUsername() { return username; }
    public Instant getOpenedAt() { return openedAt; }
}
