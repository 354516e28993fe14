package dev.tsunagu.media.rtpleg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.AudioCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class G711FramerTest {

    private record Frame(long timestamp, int sequence, byte first, int length) {
    }

    private final G711Framer framer = new G711Framer();
    private final List<Frame> frames = new ArrayList<>();

    private void feed(long timestamp, int samples) {
        byte[] packet = new byte[samples + 10];
        for (int i = 0; i < samples; i++) {
            packet[5 + i] = (byte) ((timestamp + i) % 251);
        }
        framer.accept(AudioCodec.PCMU, timestamp, packet, 5, samples,
                (codec, ts, seq, buf, off, len) -> frames.add(new Frame(ts, seq, buf[off], len)));
    }

    @Test
    void twentyMillisecondPacketsPassOneForOne() {
        feed(1600, 160);
        feed(1760, 160);
        assertThat(frames).containsExactly(new Frame(1600, 10, (byte) (1600 % 251), 160), new Frame(1760, 11, (byte) (1760 % 251), 160));
    }

    @Test
    void thirtyAndTenMillisecondPacketsBecomeTwentyMillisecondFrames() {
        feed(0, 240);
        feed(240, 240);
        feed(480, 80);
        feed(560, 80);
        assertThat(frames).extracting(Frame::timestamp).containsExactly(0L, 160L, 320L, 480L);
        assertThat(frames).allSatisfy(f -> assertThat(f.length()).isEqualTo(160));
        assertThat(frames).allSatisfy(f -> assertThat(f.first()).isEqualTo((byte) (f.timestamp() % 251)));
    }

    @Test
    void aGapDropsTheIncompleteFrame() {
        feed(0, 240);
        feed(480, 240); // 240..479 lost
        assertThat(frames).extracting(Frame::timestamp).containsExactly(0L, 480L);
    }
}
