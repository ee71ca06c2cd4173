package cn.ezhou.yshj.observer;

/** Serving observers of one category and level against the year's target (item 24: enlarge the corps). */
public record CorpsSize(String category, ObserverLevel level, Integer target, long serving) {
}
