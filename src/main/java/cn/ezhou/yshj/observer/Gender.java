package cn.ezhou.yshj.observer;

public enum Gender {
    MALE, FEMALE
}
