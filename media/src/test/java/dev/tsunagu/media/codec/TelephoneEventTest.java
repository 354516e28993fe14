package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TelephoneEventTest {

    @Test
    void parsesTheRfc4733Layout() throws MediaException {
        // Event 5, end bit, reserved bit set (ignored), volume 10, duration 800.
        byte[] payload = {0x05, (byte) 0xCA, 0x03, 0x20};
        TelephoneEvent e = TelephoneEvent.parse(payload, 0, 4);
        assertThat(e).isEqualTo(new TelephoneEvent(5, true, 10, 800));
        assertThat(e.key()).isEqualTo('5');

        byte[] out = new byte[6];
        assertThat(e.write(out, 2)).isEqualTo(4);
        assertThat(out).containsExactly(0, 0, 0x05, 0x8A, 0x03, 0x20);
        assertThat(TelephoneEvent.parse(out, 2, 4)).isEqualTo(e);
    }

    @Test
    void mapsKeysToEventCodes() {
        String keys = "0123456789*#ABCD";
        for (int i = 0; i < 16; i++) {
            assertThat(TelephoneEvent.eventOf(keys.charAt(i))).isEqualTo(i);
            assertThat(TelephoneEvent.keyOf(i)).isEqualTo(keys.charAt(i));
        }
        assertThat(TelephoneEvent.eventOf('d')).isEqualTo(15);
        assertThat(new TelephoneEvent(16, false, 0, 0).isDtmf()).isFalse();
        assertThatThrownBy(() -> TelephoneEvent.eventOf('x')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeParseRoundTripForAllFields() throws MediaException {
        byte[] buf = new byte[4];
        for (int event : new int[] {0, 11, 15, 255}) {
            for (int volume : new int[] {0, 10, 63}) {
                for (int duration : new int[] {0, 160, 0xFFFF}) {
                    for (boolean end : new boolean[] {false, true}) {
                        TelephoneEvent e = new TelephoneEvent(event, end, volume, duration);
                        e.write(buf, 0);
                        assertThat(TelephoneEvent.parse(buf, 0, 4)).isEqualTo(e);
                    }
                }
            }
        }
    }

    @Test
    void truncatedAndRandomPayloadsFailCleanly() {
        byte[] valid = {0x0B, (byte) 0x8A, 0x03, 0x20};
        for (int n = 0; n < 4; n++) {
            int len = n;
            assertThatThrownBy(() -> TelephoneEvent.parse(valid, 0, len))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET));
        }
        assertThatThrownBy(() -> TelephoneEvent.parse(valid, 2, 4)).isInstanceOf(MediaException.class);
        assertThatThrownBy(() -> TelephoneEvent.parse(valid, Integer.MAX_VALUE, 4)).isInstanceOf(MediaException.class);
        Random random = new Random(4733);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[random.nextInt(10)];
            random.nextBytes(b);
            try {
                TelephoneEvent e = TelephoneEvent.parse(b, 0, b.length);
                assertThat(e.duration()).isBetween(0, 0xFFFF);
            } catch (MediaException e) {
                assertThat(b.length).isLessThan(4);
            }
        }
    }

    @Test
    void senderProducesMarkerUpdatesAndThreeEnds() {
        List<DtmfSender.Packet> packets = new DtmfSender(8000).packets('#', 100, 123_456, 10);

        assertThat(packets).hasSize(4 + 3);
        assertThat(packets).allSatisfy(p -> {
            assertThat(p.timestamp()).isEqualTo(123_456);
            assertThat(p.event().event()).isEqualTo(11);
            assertThat(p.event().volume()).isEqualTo(10);
        });
        assertThat(packets).extracting(DtmfSender.Packet::marker).containsExactly(true, false, false, false, false, false, false);
        assertThat(packets).extracting(p -> p.event().duration()).containsExactly(160, 320, 480, 640, 800, 800, 800);
        assertThat(packets).extracting(p -> p.event().end()).containsExactly(false, false, false, false, true, true, true);
        assertThat(packets).extracting(DtmfSender.Packet::sendAfterMillis).containsExactly(0, 20, 40, 60, 80, 100, 120);
    }

    @Test
    void senderUsesTheNegotiatedClockAndLimits() {
        List<DtmfSender.Packet> wide = new DtmfSender(48000).packets('1', 60, 0xFFFF_FFFFL, 5);
        assertThat(wide).extracting(p -> p.event().duration()).containsExactly(960, 1920, 2880, 2880, 2880);
        assertThat(new DtmfSender(8000).packets('1', 5, 0, 5)).first()
                .satisfies(p -> assertThat(p.event().duration()).isEqualTo(160));
        List<DtmfSender.Packet> tooLong = new DtmfSender(48000).packets('1', 5000, 0, 5);
        assertThat(tooLong.getLast().event().duration()).isLessThanOrEqualTo(0xFFFF);
        assertThat(tooLong.getLast().event().end()).isTrue();
    }

    @Test
    void receiverReportsEachPressOnce() throws MediaException {
        DtmfReceiver receiver = new DtmfReceiver();
        List<Character> keys = new ArrayList<>();
        long ts = 1000;
        for (char key : "159#".toCharArray()) {
            for (DtmfSender.Packet p : new DtmfSender(8000).packets(key, 120, ts, 10)) {
                feed(receiver, p, keys);
                feed(receiver, p, keys); // network duplicate
            }
            ts += 3200;
        }
        assertThat(keys).containsExactly('1', '5', '9', '#');
    }

    @Test
    void receiverCatchesAPressWhoseStartWasLostAndIgnoresStragglers() throws MediaException {
        DtmfReceiver receiver = new DtmfReceiver();
        List<Character> keys = new ArrayList<>();
        List<DtmfSender.Packet> first = new DtmfSender(8000).packets('2', 100, 5000, 10);
        List<DtmfSender.Packet> second = new DtmfSender(8000).packets('2', 100, 9000, 10);
        feed(receiver, first.get(5), keys); // only an end packet arrived
        feed(receiver, second.get(0), keys);
        feed(receiver, first.get(6), keys); // late retransmission of the first press
        feed(receiver, second.get(6), keys);
        assertThat(keys).containsExactly('2', '2');
    }

    @Test
    void receiverJoinsSegmentsOfALongPressAndHandlesWrap() throws MediaException {
        DtmfReceiver receiver = new DtmfReceiver();
        List<Character> keys = new ArrayList<>();
        long start = 0xFFFF_FF00L;
        byte[] buf = new byte[4];
        new TelephoneEvent(4, false, 10, 0xFFFF).write(buf, 0);
        keys.add(receiver.receive(start, buf, 0, 4));
        new TelephoneEvent(4, true, 10, 800).write(buf, 0);
        keys.add(receiver.receive((start + 0xFFFF) & 0xFFFF_FFFFL, buf, 0, 4));
        new TelephoneEvent(4, true, 10, 800).write(buf, 0);
        keys.add(receiver.receive((start + 0x20000) & 0xFFFF_FFFFL, buf, 0, 4));
        assertThat(keys).containsExactly('4', DtmfReceiver.NONE, '4');
    }

    private static void feed(DtmfReceiver receiver, DtmfSender.Packet p, List<Character> keys) throws MediaException {
        byte[] buf = new byte[4];
        p.event().write(buf, 0);
        char key = receiver.receive(p.timestamp(), buf, 0, 4);
        if (key != DtmfReceiver.NONE) {
            keys.add(key);
        }
    }
}
