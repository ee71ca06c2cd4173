package cn.ezhou.yshj.engagement;

/** What a department sees of a closed round it was rated in: the round and its own averages, nobody's identity. */
public record DepartmentResult(RoundSummary round, DepartmentScore score) {
}
