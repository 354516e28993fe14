package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RetransmissionCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final RetransmissionCache cache = new RetransmissionCache(8, 1_000_000_000L, now::get);
    private final byte[] out = new byte[RetransmissionCache.MAX_PACKET];

    @Test
    void aRememberedPacketComesBackByteForByte() {
        cache.remember(65535, new byte[] {9, 1, 2, 3, 9}, 1, 3);
        assertThat(cache.recall(65535, out, 0)).isEqualTo(3);
        assertThat(out).startsWith(1, 2, 3);
        assertThat(cache.resentCount()).isEqualTo(1);
    }

    @Test
    void aPacketPushedOutByNewerOnesIsGone() {
        for (int seq = 0; seq < 9; seq++) {
            cache.remember(seq, new byte[] {(byte) seq}, 0, 1);
        }
        assertThat(cache.recall(0, out, 0)).as("slot reused by 8").isEqualTo(-1);
        assertThat(cache.recall(8, out, 0)).isEqualTo(1);
        assertThat(out[0]).isEqualTo((byte) 8);
        assertThat(cache.recall(100, out, 0)).as("never sent").isEqualTo(-1);
        assertThat(cache.missedCount()).isEqualTo(2);
    }

    @Test
    void aPacketTooOldIsNotResent() {
        cache.remember(5, new byte[] {1}, 0, 1);
        now.addAndGet(1_000_000_001L);
        assertThat(cache.recall(5, out, 0)).isEqualTo(-1);
    }

    @Test
    void oversizedPacketsAndBadCapacitiesAreRefused() {
        cache.remember(1, new byte[RetransmissionCache.MAX_PACKET + 1], 0, RetransmissionCache.MAX_PACKET + 1);
        assertThat(cache.recall(1, out, 0)).isEqualTo(-1);
        assertThatThrownBy(() -> new RetransmissionCache(100, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
