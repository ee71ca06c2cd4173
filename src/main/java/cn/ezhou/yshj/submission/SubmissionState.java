package cn.ezhou.yshj.submission;

import java.util.EnumSet;
import java.util.Set;

/** The states of DESIGN.md §2. {@code REOPENED} is a timeline action: a reopened item is assigned again. */
public enum SubmissionState {
    DRAFT, SUBMITTED, REJECTED, MERGED, ASSIGNED, SIGNED, RETURNED, EXTENSION_REQUESTED, REPLIED, REWORK,
    ANSWERED, CLOSED;

    /** States in which the lead department owes a reply, so the deadline runs. */
    public static final Set<SubmissionState> DEADLINE_RUNNING = EnumSet.of(ASSIGNED, SIGNED, EXTENSION_REQUESTED, REWORK);

    /** States in which a department still has something to do or to watch. */
    public boolean openForDepartment() {
        return DEADLINE_RUNNING.contains(this) || this == REPLIED;
    }

    public boolean finished() {
        return this == REJECTED || this == MERGED || this == CLOSED;
    }
}
