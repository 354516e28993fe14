package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InbandDtmfTest {

    private static final String KEYS = "123A456B789C*0#D";
    private static final String DIALLED = "*#0123456789";

    /** 20 ms frames at {@code rate}: each key for 80 ms, then 60 ms of silence. */
    private static List<short[]> frames(String keys, int rate) {
        int frame = rate / 50;
        List<short[]> out = new ArrayList<>();
        for (char key : keys.toCharArray()) {
            int k = KEYS.indexOf(key);
            double row = DtmfDetector.ROWS[k / 4];
            double column = DtmfDetector.COLUMNS[k % 4];
            for (int f = 0; f < 7; f++) {
                short[] pcm = new short[frame];
                for (int i = 0; f < 4 && i < frame; i++) {
                    double t = (double) (f * frame + i) / rate;
                    pcm[i] = (short) Math.round(6000 * Math.sin(2 * Math.PI * row * t) + 7000 * Math.sin(2 * Math.PI * column * t));
                }
                out.add(pcm);
            }
        }
        return out;
    }

    /** The frames encoded as a peer sending {@code codec} would. */
    private static List<byte[]> encoded(String keys, AudioCodec codec) throws MediaException {
        List<byte[]> packets = new ArrayList<>();
        OpusCodec.Encoder opus = OpusCodec.encoder(1, 32_000);
        for (short[] pcm : frames(keys, codec.clockRate())) {
            byte[] packet = new byte[OpusCodec.MAX_PACKET];
            switch (codec) {
                case OPUS -> packet = java.util.Arrays.copyOf(packet, opus.encode(pcm, 0, packet, 0, packet.length));
                case PCMU -> G711.encodeUlaw(pcm, 0, pcm.length, packet = new byte[pcm.length], 0);
                case PCMA -> G711.encodeAlaw(pcm, 0, pcm.length, packet = new byte[pcm.length], 0);
            }
            packets.add(packet);
        }
        return packets;
    }

    private static void feed(InbandDtmf detector, AudioCodec codec, List<byte[]> packets) throws MediaException {
        for (byte[] packet : packets) {
            detector.accept(codec, packet, 0, packet.length);
        }
    }

    @Test
    void findsKeysWhateverTheCodec() throws MediaException {
        for (AudioCodec codec : AudioCodec.values()) {
            StringBuilder heard = new StringBuilder();
            feed(new InbandDtmf(heard::append), codec, encoded(DIALLED, codec));
            assertThat(heard).as(codec.name()).hasToString(DIALLED);
        }
    }

    @Test
    void followsAPeerThatSwitchesCodec() throws MediaException {
        StringBuilder heard = new StringBuilder();
        InbandDtmf detector = new InbandDtmf(heard::append);
        feed(detector, AudioCodec.PCMU, encoded("12", AudioCodec.PCMU));
        feed(detector, AudioCodec.OPUS, encoded("34", AudioCodec.OPUS));
        feed(detector, AudioCodec.PCMA, encoded("56", AudioCodec.PCMA));
        assertThat(heard).hasToString("123456");
    }

    @Test
    void aG711FrameAllocatesNothing() throws MediaException {
        int[] keys = new int[1];
        InbandDtmf detector = new InbandDtmf(key -> keys[0]++);
        List<byte[]> packets = encoded(DIALLED, AudioCodec.PCMU);
        feed(detector, AudioCodec.PCMU, packets); // warm up
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = 20;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < rounds; i++) {
            feed(detector, AudioCodec.PCMU, packets);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(keys[0]).isEqualTo((rounds + 1) * DIALLED.length());
        assertThat(allocated).as("bytes allocated for %d frames", rounds * packets.size()).isLessThan(rounds * packets.size());
    }
}
