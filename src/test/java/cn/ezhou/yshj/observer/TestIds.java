package cn.ezhou.yshj.observer;

/** Valid random resident ID numbers for tests in other packages. */
public final class TestIds {

    private TestIds() {
    }

    public static String next() {
        return ObserverFixtures.idNumber();
    }
}
