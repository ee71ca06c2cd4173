package cn.ezhou.yshj.association;

import java.util.Set;

/** The association a liaison account acts for, with its industry tags. */
public record Membership(long associationId, String name, Set<String> tags, int memberCount) {

    public Membership {
        tags = Set.copyOf(tags);
    }
}
