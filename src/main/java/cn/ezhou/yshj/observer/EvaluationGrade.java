package cn.ezhou.yshj.observer;

/** Annual evaluation grades: 优秀 / 称职 / 基本称职 / 不称职. */
public enum EvaluationGrade {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT
}
