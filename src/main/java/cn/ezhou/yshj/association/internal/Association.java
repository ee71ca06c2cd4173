package cn.ezhou.yshj.association.internal;

import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationRecord;
import cn.ezhou.yshj.association.LiaisonRecord;
import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Association extends AbstractEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private AssociationKind kind;
    private String creditCode;
    private int memberCount;
    private boolean active = true;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_tag", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "tag_code")
    private Set<String> tags = new HashSet<>();

    protected Association() {
    }

    public Association(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public void apply(String name, AssociationKind kind, String creditCode, Set<String> tags, int memberCount) {
        this.name = name;
        this.kind = kind;
        this.creditCode = creditCode;
        this.tags.clear();
        this.tags.addAll(tags);
        this.memberCount = memberCount;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public int getMemberCount() {
        return memberCount;
    }

    public AssociationRecord toRecord(List<LiaisonRecord> liaisons) {
        return new AssociationRecord(getId(), getVersion(), name, kind, creditCode, tags, memberCount, active, liaisons);
    }
}
