package cn.ezhou.yshj.observer;

/**
 * The grade the annual evaluation starts from, read off the year's duty record. The office confirms
 * it or chooses another with a reason. A quarter counts once it has ended, or earlier if its minimum
 * is already met; a year with no such quarter has no suggestion.
 * <ul>
 *   <li>优秀: every counted quarter met, at least one suggestion adopted and two activities attended;</li>
 *   <li>称职: at least three in four counted quarters met;</li>
 *   <li>基本称职: at least half met;</li>
 *   <li>不称职: fewer.</li>
 * </ul>
 */
public final class GradeRule {

    static final int EXCELLENT_ACTIVITIES = 2;

    private GradeRule() {
    }

    /** The suggested grade, or null when no quarter of the year counts yet. */
    public static EvaluationGrade suggest(int quartersCounted, int quartersMet, long adopted, long activitiesAttended) {
        if (quartersCounted == 0) {
            return null;
        }
        if (quartersMet == quartersCounted && adopted >= 1 && activitiesAttended >= EXCELLENT_ACTIVITIES) {
            return EvaluationGrade.EXCELLENT;
        }
        if (quartersMet * 4 >= quartersCounted * 3) {
            return EvaluationGrade.COMPETENT;
        }
        return quartersMet * 2 >= quartersCounted ? EvaluationGrade.BASICALLY_COMPETENT : EvaluationGrade.INCOMPETENT;
    }
}
