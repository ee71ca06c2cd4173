package cn.ezhou.yshj.engagement;

import java.util.List;

/**
 * One department's result in a round: the average per dimension (in the round's order; null when nobody
 * rated), the overall average of all its scores and the number of ratings. Carries nothing about who rated.
 */
public record DepartmentScore(String unitCode, List<Double> dimensionAverages, Double overallAverage, long ratings) {

    public DepartmentScore {
        dimensionAverages = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dimensionAverages));
    }
}
