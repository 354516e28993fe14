package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamRewriterTest {

    private static final long MS = 1_000_000L;

    @Test
    void aSourceSwitchContinuesTheSequenceAndAdvancesTheTimestampByTheElapsedTime() {
        StreamRewriter rewriter = new StreamRewriter();
        assertThat(rewriter.rewrite(100, 5_000, 0)).isTrue();
        int first = rewriter.sequence();
        long firstTs = rewriter.timestamp();
        assertThat(rewriter.rewrite(101, 8_000, 33 * MS)).isTrue();
        assertThat(rewriter.sequence()).isEqualTo((first + 1) & 0xFFFF);
        assertThat(rewriter.timestamp()).isEqualTo((firstTs + 3_000) & 0xFFFFFFFFL);

        rewriter.switchSource();
        assertThat(rewriter.rewrite(40_000, 123_456_789, 133 * MS)).isTrue();
        assertThat(rewriter.sequence()).isEqualTo((first + 2) & 0xFFFF);
        assertThat(rewriter.timestamp()).as("100 ms later at 90 kHz").isEqualTo((firstTs + 3_000 + 9_000) & 0xFFFFFFFFL);
        assertThat(rewriter.rewrite(40_001, 123_459_789, 166 * MS)).isTrue();
        assertThat(rewriter.sequence()).isEqualTo((first + 3) & 0xFFFF);
        assertThat(rewriter.timestamp()).isEqualTo((firstTs + 15_000) & 0xFFFFFFFFL);
    }

    @Test
    void sequenceNumbersAndTimestampsWrapAroundOnBothSides() {
        StreamRewriter rewriter = new StreamRewriter();
        int previous = -1;
        long previousTs = -1;
        for (int i = 0; i < 140_000; i++) {
            int sourceSeq = (65_000 + i) & 0xFFFF;
            long sourceTs = (0xFFFF_0000L + 3_000L * i) & 0xFFFFFFFFL;
            if (i == 70_000) {
                rewriter.switchSource(); // a new publisher in the middle, near its own wrap
            }
            int seq = i >= 70_000 ? (65_530 + i - 70_000) & 0xFFFF : sourceSeq;
            assertThat(rewriter.rewrite(seq, sourceTs, i * 33L * MS)).isTrue();
            if (previous >= 0) {
                assertThat(rewriter.sequence()).isEqualTo((previous + 1) & 0xFFFF);
                assertThat((rewriter.timestamp() - previousTs) & 0xFFFFFFFFL).isEqualTo(i == 70_000 ? 2_970 : 3_000);
            }
            previous = rewriter.sequence();
            previousTs = rewriter.timestamp();
        }
    }

    @Test
    void reorderedAndResentPacketsKeepTheirPlaceButNothingFromBeforeTheSwitch() {
        StreamRewriter rewriter = new StreamRewriter();
        rewriter.rewrite(10, 0, 0);
        int base = rewriter.sequence();
        rewriter.rewrite(12, 0, MS);
        assertThat(rewriter.rewrite(11, 0, 2 * MS)).isTrue();
        assertThat(rewriter.sequence()).isEqualTo((base + 1) & 0xFFFF);
        assertThat(rewriter.sourceSequence((base + 1) & 0xFFFF)).isEqualTo(11);

        rewriter.switchSource();
        rewriter.rewrite(500, 0, 3 * MS);
        assertThat(rewriter.sequence()).isEqualTo((base + 3) & 0xFFFF);
        assertThat(rewriter.rewrite(499, 0, 4 * MS)).as("the new source's packet from before its start").isFalse();
        assertThat(rewriter.sourceSequence((base + 2) & 0xFFFF)).as("the old source's number").isEqualTo(-1);
        assertThat(rewriter.sourceSequence((base + 3) & 0xFFFF)).isEqualTo(500);
        assertThat(rewriter.sourceSequence((base + 9) & 0xFFFF)).as("not sent yet").isEqualTo(-1);
    }
}
