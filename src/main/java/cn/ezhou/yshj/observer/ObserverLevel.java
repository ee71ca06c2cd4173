package cn.ezhou.yshj.observer;

/** City-level (市级) or district-level (区级) observer. */
public enum ObserverLevel {
    CITY, DISTRICT
}
