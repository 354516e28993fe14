package dev.tsunagu.server.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation runs as the one-machine demo ({@code tsunagu.demo=true}, set by the
 * {@code demo} profile). Demo mode seeds the demo tenant and allows its well-known passwords;
 * nothing else does.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${tsunagu.demo:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
