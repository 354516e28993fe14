package dev.tsunagu.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {

    @Test
    void firstIndexIsFreshAndThenReplayed() {
        ReplayWindow window = new ReplayWindow(64);
        assertThat(window.isReplayed(1000)).isFalse();
        window.accept(1000);
        assertThat(window.isReplayed(1000)).isTrue();
        assertThat(window.highest()).isEqualTo(1000);
    }

    @Test
    void olderIndicesInsideTheWindowAreAcceptedOnce() {
        ReplayWindow window = new ReplayWindow(64);
        window.accept(100);
        assertThat(window.isReplayed(37)).isFalse();
        window.accept(37);
        assertThat(window.isReplayed(37)).isTrue();
        assertThat(window.isReplayed(36)).as("64 behind the highest").isTrue();
        assertThat(window.highest()).isEqualTo(100);
    }

    @Test
    void slidingForwardForgetsSkippedSlots() {
        ReplayWindow window = new ReplayWindow(64);
        for (int i = 0; i < 64; i++) {
            window.accept(i);
        }
        window.accept(70);
        for (int i = 64; i < 70; i++) {
            assertThat(window.isReplayed(i)).as("skipped %d", i).isFalse();
        }
        assertThat(window.isReplayed(7)).isTrue();
        assertThat(window.isReplayed(8)).isTrue();
        window.accept(1000);
        assertThat(window.isReplayed(999)).isFalse();
        assertThat(window.isReplayed(936)).isTrue();
    }

    @Test
    void sizeIsConfigurableButNeverBelow64() {
        assertThatThrownBy(() -> new ReplayWindow(63)).isInstanceOf(IllegalArgumentException.class);
        ReplayWindow window = new ReplayWindow(100);
        assertThat(window.size()).isEqualTo(128);
        window.accept(1000);
        assertThat(window.isReplayed(873)).isFalse();
        assertThat(window.isReplayed(872)).isTrue();
    }

    @Test
    void negativeIndexIsTooOld() {
        assertThat(new ReplayWindow(64).isReplayed(-1)).isTrue();
    }

    @Test
    void agreesWithASetOfSeenIndicesUnderRandomTraffic() {
        Random random = new Random(42);
        ReplayWindow window = new ReplayWindow(128);
        Set<Long> seen = new HashSet<>();
        long highest = -1;
        long next = 0;
        for (int i = 0; i < 20000; i++) {
            next += random.nextInt(6) - 1;
            long index = Math.max(0, next - random.nextInt(200));
            boolean expected = highest >= 0 && (index <= highest - 128 || seen.contains(index));
            assertThat(window.isReplayed(index)).as("index %d, highest %d", index, highest).isEqualTo(expected);
            if (!expected) {
                window.accept(index);
                seen.add(index);
                highest = Math.max(highest, index);
            }
        }
    }
}
