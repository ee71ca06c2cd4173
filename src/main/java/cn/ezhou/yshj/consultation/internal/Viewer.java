package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.association.Membership;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at consultations, resolved once per call: the office, a department (by unit),
 * an association liaison (by membership), an observer, or an anonymous visitor. {@code officeUnits} are
 * the office's own units (the office and its groups) for an office account, else empty: the office
 * drafts consultations of its own and answers their comments as any drafting unit does.
 */
public record Viewer(String username, boolean office, String departmentUnit, Optional<Membership> association,
                     boolean observer, Set<String> officeUnits) {

    public Viewer {
        officeUnits = officeUnits == null ? Set.of() : Set.copyOf(officeUnits);
    }

    public boolean anonymous() {
        return username == null;
    }

    public boolean drafts(Consultation c) {
        return departmentUnit != null && departmentUnit.equals(c.getDraftingUnit())
                || office && officeUnits.contains(c.getDraftingUnit());
    }

    /** Addressed to this viewer (public ones are readable by all but addressed to nobody in particular). */
    public boolean inAudience(Consultation c) {
        if (observer && c.isToObservers()) {
            return true;
        }
        return association.map(m -> c.getAudienceAssociations().contains(m.associationId())
                || m.tags().stream().anyMatch(c.getAudienceTags()::contains)).orElse(false);
    }

    public boolean mayRead(Consultation c) {
        return office || drafts(c) || c.isToPublic() || inAudience(c);
    }

    /** Observers and associations comment on what is addressed to them or public. */
    public boolean mayComment(Consultation c) {
        return (observer || association.isPresent()) && (inAudience(c) || c.isToPublic());
    }

    /** Drafters and the office see every comment at any time. */
    public boolean seesAllComments(Consultation c) {
        return office || drafts(c);
    }
}
