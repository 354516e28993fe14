package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyframeRequestThrottleTest {

    @Test
    void oneRequestPerStreamPerInterval() {
        AtomicLong now = new AtomicLong(5_000);
        KeyframeRequestThrottle throttle = new KeyframeRequestThrottle(300, now::get);
        assertThat(throttle.allow(1)).isTrue();
        assertThat(throttle.allow(1)).isFalse();
        assertThat(throttle.allow(2)).as("another stream").isTrue();
        now.addAndGet(299);
        assertThat(throttle.allow(1)).isFalse();
        now.addAndGet(1);
        assertThat(throttle.allow(1)).isTrue();
        throttle.forget(2);
        assertThat(throttle.allow(2)).isTrue();
    }
}
