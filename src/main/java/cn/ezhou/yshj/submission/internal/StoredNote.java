package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.submission.ItemNote;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An internal note on an item, written once and kept as written (no edit, no delete). */
@Entity
@Table(name = "item_note")
public class StoredNote extends AbstractEntity {

    @Column(name = "submission_id", nullable = false)
    private long submissionId;
    @Column(name = "body", nullable = false, length = 1000)
    private String text;
    @Column(nullable = false, length = 64)
    private String author;
    @Column(name = "author_name", nullable = false, length = 60)
    private String authorName;
    @Column(name = "author_unit", length = 32)
    private String authorUnit;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
    /** Mentioned account → the name as written after the @. */
    @ElementCollection
    @CollectionTable(name = "item_note_mention", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "username")
    @Column(name = "written")
    private Map<String, String> mentions = new LinkedHashMap<>();

    protected StoredNote() {
    }

    public StoredNote(long submissionId, String text, String author, String authorName, String authorUnit,
                      Instant writtenAt, Map<String, String> mentions) {
        this.submissionId = submissionId;
        this.text = text;
        this.author = author;
        this.authorName = authorName;
        this.authorUnit = authorUnit;
        this.writtenAt = writtenAt;
        this.mentions.putAll(mentions);
    }

    public ItemNote toRecord() {
        return new ItemNote(getId(), text, author, authorName, authorUnit, writtenAt, Map.copyOf(mentions));
    }
}
