package cn.ezhou.yshj.engagement;

import java.util.List;

/**
 * A round's results per department, with the response: {@code respondents} raters (an observer account or
 * an association) rated at least one department, of {@code eligible} asked.
 */
public record RoundResults(RoundSummary round, List<DepartmentScore> departments, long respondents, long eligible) {

    public RoundResults {
        departments = List.copyOf(departments);
    }

    /** Respondents over eligible raters, 0 when nobody was asked. */
    public double responseRate() {
        return eligible == 0 ? 0 : (double) respondents / eligible;
    }
}
