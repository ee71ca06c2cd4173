package cn.ezhou.yshj.engagement;

/** Where a satisfaction round stands on a given day (city time): before, within or after its window. */
public enum RoundPhase {
    SCHEDULED, OPEN, CLOSED
}
