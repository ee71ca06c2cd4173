package cn.ezhou.yshj.association;

import java.util.List;
import java.util.Set;

/** A chamber or association as the register shows it. */
public record AssociationRecord(long id, long version, String name, AssociationKind kind, String creditCode,
                                Set<String> tags, int memberCount, boolean active, List<LiaisonRecord> liaisons) {

    public AssociationRecord {
        tags = Set.copyOf(tags);
        liaisons = List.copyOf(liaisons);
    }
}
