package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.submission.SubmissionAction.*;
import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.ezhou.yshj.base.Refusal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every action × every person × every state: allowed exactly where the table below says, refused
 * everywhere else, and a refusal changes nothing. The expectation is written out here on its own,
 * not read from the production rule table.
 */
abstract class SubmissionTransitionsContract extends SubmissionFlowTest {

    /** Who may do what in which state (the "dissatisfied" row is ANSWERED after a 不满意 rating). */
    private static final Map<String, Map<SubmissionAction, String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("DRAFT", Map.of(SUBMIT, SUBMITTER));
        EXPECTED.put("SUBMITTED", Map.of(REJECT, OFFICE, MERGE, OFFICE, ASSIGN, OFFICE, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("ASSIGNED", Map.of(SIGN, LEAD, RETURN, LEAD, CO_INPUT, CO, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("SIGNED", Map.of(RETURN, LEAD, REQUEST_EXTENSION, LEAD, REPLY, LEAD, CO_INPUT, CO,
                REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("RETURNED", Map.of(ACCEPT_RETURN, OFFICE, REFUSE_RETURN, OFFICE, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("EXTENSION_REQUESTED", Map.of(APPROVE_EXTENSION, OFFICE, REFUSE_EXTENSION, OFFICE, CO_INPUT, CO,
                REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("REPLIED", Map.of(APPROVE_REPLY, OFFICE, REQUEST_REWORK, OFFICE, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("REWORK", Map.of(REPLY, LEAD, CO_INPUT, CO, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("ANSWERED", Map.of(RATE, SUBMITTER, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("dissatisfied", Map.of(REOPEN, OFFICE, CLOSE, OFFICE, REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("REJECTED", Map.of(REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("MERGED", Map.of(REVEAL_IDENTITY, OFFICE));
        EXPECTED.put("CLOSED", Map.of(REVEAL_IDENTITY, OFFICE));
    }

    private static final List<String> PEOPLE = List.of(SUBMITTER, OTHER_OBSERVER, ASSOCIATION, OFFICE, LEAD, CO, OTHER_DEPT);

    @Test
    void every_action_by_every_person_in_every_state_is_allowed_exactly_where_the_table_says() {
        List<String> mismatches = new ArrayList<>();
        int allowed = 0;
        for (var row : EXPECTED.entrySet()) {
            for (String person : PEOPLE) {
                SubmissionDetail probe = fresh(row.getKey());
                Set<SubmissionAction> offered = offeredTo(person, probe.id());
                Set<SubmissionAction> expectedHere = EnumSet.noneOf(SubmissionAction.class);
                row.getValue().forEach((action, who) -> { if (who.equals(person)) expectedHere.add(action); });
                if (!offered.equals(expectedHere)) {
                    mismatches.add(row.getKey() + "/" + person + ": screen offers " + offered + ", expected " + expectedHere);
                }
                for (SubmissionAction action : SubmissionAction.values()) {
                    boolean expected = expectedHere.contains(action);
                    SubmissionDetail item = expected ? fresh(row.getKey()) : probe;
                    SubmissionDetail before = flow.current(item.id());
                    String mergeTarget = action == MERGE ? flow.submitted().reference() : null;
                    flow.as(person);
                    try {
                        perform(action, item, mergeTarget);
                        if (!expected) {
                            mismatches.add(row.getKey() + "/" + person + "/" + action + ": allowed, expected refused");
                        }
                        allowed++;
                    } catch (Refusal | AccessDeniedException e) {
                        if (expected) {
                            mismatches.add(row.getKey() + "/" + person + "/" + action + ": refused (" + e.getMessage() + ")");
                        } else {
                            SubmissionDetail after = flow.current(item.id());
                            if (after.version() != before.version() || after.state() != before.state()) {
                                mismatches.add(row.getKey() + "/" + person + "/" + action + ": refused but changed the item");
                            }
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(allowed).isEqualTo(EXPECTED.values().stream().mapToInt(Map::size).sum());
    }

    private Set<SubmissionAction> offeredTo(String person, long id) {
        flow.as(person);
        try {
            return submissions.detail(id).actions();
        } catch (Refusal e) {
            return EnumSet.noneOf(SubmissionAction.class);
        }
    }

    private SubmissionDetail fresh(String row) {
        return row.equals("dissatisfied") ? flow.dissatisfied() : flow.inState(SubmissionState.valueOf(row));
    }

    private void perform(SubmissionAction action, SubmissionDetail d, String mergeTarget) {
        long id = d.id();
        long v = d.version();
        switch (action) {
            case SUBMIT -> submissions.submitDraft(id, v);
            case REJECT -> office.reject(id, v, "理由");
            case MERGE -> office.merge(id, v, mergeTarget);
            case ASSIGN -> office.assign(id, v, new AssignCommand(LEAD_UNIT, List.of(CO_UNIT), false));
            case SIGN -> departments.sign(id, v);
            case RETURN -> departments.returnItem(id, v, "理由");
            case ACCEPT_RETURN -> office.acceptReturn(id, v, null);
            case REFUSE_RETURN -> office.refuseReturn(id, v, "理由");
            case REQUEST_EXTENSION -> departments.requestExtension(id, v, d.deadline() == null ? null : d.deadline().plusDays(5), "理由");
            case APPROVE_EXTENSION -> office.decideExtension(id, v, true, null);
            case REFUSE_EXTENSION -> office.decideExtension(id, v, false, "理由");
            case CO_INPUT -> departments.coInput(id, v, "协办意见");
            case REPLY -> departments.reply(id, v, new ReplyCommand(ResultType.EXPLAINED, "说明"));
            case APPROVE_REPLY -> office.approveReply(id, v);
            case REQUEST_REWORK -> office.requestRework(id, v, "理由");
            case RATE -> submissions.rate(id, v, Rating.SATISFIED, null);
            case REOPEN -> office.reopen(id, v, "理由");
            case CLOSE -> office.close(id, v, "理由");
            case REVEAL_IDENTITY -> office.revealIdentity(id, v, "理由");
            default -> fail("no way to perform " + action);
        }
    }
}
