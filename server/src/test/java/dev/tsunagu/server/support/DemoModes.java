package dev.tsunagu.server.support;

/** {@link DemoMode} for unit tests of other packages (its constructor is for Spring). */
public final class DemoModes {

    private DemoModes() {
    }

    public static DemoMode on() {
        return new DemoMode(true);
    }

    public static DemoMode off() {
        return new DemoMode(false);
    }
}
