package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.Party;
import java.util.EnumSet;
import java.util.Set;

/** The user looking at or acting on an item, and the unit they work in (for department users). */
public record Viewer(String username, Set<String> roles, String unitCode) {

    public String mainRole() {
        for (String role : new String[] {"OFFICE", "DEPARTMENT", "ASSOCIATION", "OBSERVER", "ADMIN"}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "SYSTEM";
    }

    /** The capacities in which this viewer stands to the item, given its co-department units. */
    public Set<Party> partiesOn(Submission item, Set<String> coUnits) {
        return partiesOn(item.getSubmitterUsername(), item.getLeadUnit(), coUnits);
    }

    /** The same, from an item's submitter and lead unit as a read model gives them. */
    public Set<Party> partiesOn(String submitterUsername, String leadUnit, Set<String> coUnits) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (username.equals(submitterUsername)) {
            parties.add(Party.SUBMITTER);
        }
        if (roles.contains("OFFICE")) {
            parties.add(Party.OFFICE);
        }
        if (roles.contains("DEPARTMENT") && unitCode != null) {
            if (unitCode.equals(leadUnit)) {
                parties.add(Party.LEAD);
            }
            if (coUnits.contains(unitCode)) {
                parties.add(Party.CO);
            }
        }
        return parties;
    }
}
