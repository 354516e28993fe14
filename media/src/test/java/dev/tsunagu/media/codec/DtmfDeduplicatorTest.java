package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DtmfDeduplicatorTest {

    private static final long MS = 1_000_000L;

    private final DtmfDeduplicator keys = new DtmfDeduplicator();

    @Test
    void tonesCountUntilThePeerSendsAnyEvent() {
        assertThat(keys.tonesCount()).isTrue();
        assertThat(keys.tone('1', 0)).isTrue();
        assertThat(keys.tone('1', 200 * MS)).as("a second press of the same key").isTrue();

        assertThat(keys.event(DtmfReceiver.NONE, 300 * MS)).as("an update or a non-DTMF event").isFalse();

        assertThat(keys.tonesCount()).isFalse();
        assertThat(keys.tone('2', 400 * MS)).isFalse();
        assertThat(keys.event('2', 400 * MS)).isTrue();
    }

    @Test
    void eventsAfterTheFirstAreAlwaysReported() {
        assertThat(keys.event('5', 0)).isTrue();
        assertThat(keys.tone('5', 10 * MS)).isFalse();
        assertThat(keys.event('5', 200 * MS)).as("the next press of the same key").isTrue();
        assertThat(keys.event('#', 400 * MS)).isTrue();
    }

    @Test
    void theFirstEventOfAPressWhoseToneWasHeardFirstIsNotReportedAgain() {
        assertThat(keys.tone('7', 0)).isTrue();
        assertThat(keys.event('7', 40 * MS)).isFalse();
        assertThat(keys.event('7', 200 * MS)).as("the next press").isTrue();
    }

    @Test
    void anEventForAnotherKeyOrLongAfterTheToneIsANewPress() {
        assertThat(keys.tone('7', 0)).isTrue();
        assertThat(keys.event('8', 40 * MS)).isTrue();

        DtmfDeduplicator late = new DtmfDeduplicator();
        assertThat(late.tone('7', 0)).isTrue();
        assertThat(late.event('7', DtmfDeduplicator.SAME_PRESS_NANOS + MS)).isTrue();
    }
}
