package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionState.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every action on an item: who may take it (the party) and from which states. The services
 * enforce this table and the screens offer exactly what it allows, so the two never disagree.
 */
public enum SubmissionAction {
    SUBMIT(Party.SUBMITTER, EnumSet.of(DRAFT)),
    REJECT(Party.OFFICE, EnumSet.of(SUBMITTED)),
    MERGE(Party.OFFICE, EnumSet.of(SUBMITTED)),
    ASSIGN(Party.OFFICE, EnumSet.of(SUBMITTED)),
    SIGN(Party.LEAD, EnumSet.of(ASSIGNED)),
    RETURN(Party.LEAD, EnumSet.of(ASSIGNED, SIGNED)),
    ACCEPT_RETURN(Party.OFFICE, EnumSet.of(RETURNED)),
    REFUSE_RETURN(Party.OFFICE, EnumSet.of(RETURNED)),
    REQUEST_EXTENSION(Party.LEAD, EnumSet.of(SIGNED)),
    APPROVE_EXTENSION(Party.OFFICE, EnumSet.of(EXTENSION_REQUESTED)),
    REFUSE_EXTENSION(Party.OFFICE, EnumSet.of(EXTENSION_REQUESTED)),
    CO_INPUT(Party.CO, EnumSet.of(ASSIGNED, SIGNED, EXTENSION_REQUESTED, REWORK)),
    REPLY(Party.LEAD, EnumSet.of(SIGNED, REWORK)),
    APPROVE_REPLY(Party.OFFICE, EnumSet.of(REPLIED)),
    REQUEST_REWORK(Party.OFFICE, EnumSet.of(REPLIED)),
    RATE(Party.SUBMITTER, EnumSet.of(ANSWERED)),
    REOPEN(Party.OFFICE, EnumSet.of(ANSWERED)),
    CLOSE(Party.OFFICE, EnumSet.of(ANSWERED)),
    REVEAL_IDENTITY(Party.OFFICE, EnumSet.complementOf(EnumSet.of(DRAFT)));

    private final Party party;
    private final Set<SubmissionState> from;

    SubmissionAction(Party party, Set<SubmissionState> from) {
        this.party = party;
        this.from = from;
    }

    public Party party() {
        return party;
    }

    public boolean allowedFrom(SubmissionState state) {
        return from.contains(state);
    }
}
