package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioPort;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.audio.JitterBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Three or more legs: every 20 ms each leg gets the sum of what it may hear, minus itself
 * (N−1 mixing), encoded in its own codec. Roles decide who is heard: participants by all,
 * listen-only legs (monitoring) by nobody, a whisper leg by its one target (DESIGN §3).
 */
public final class MixingBridge extends AbstractBridge implements MediaClock.Task {

    private static final int FRAME = AudioDecoder.MIX_FRAME;

    /**
     * One leg's side of the mix: an adaptive jitter buffer filled by the port's reader thread and
     * drained one frame per tick by the clock thread (hence the lock), the leg's decoder (whose
     * concealment fills lost frames) and its encoder for what it hears.
     */
    private static final class Input {
        final AudioDecoder decoder = new AudioDecoder();
        final byte[] payload = new byte[1500];
        final short[] frame = new short[FRAME];
        final short[] mix = new short[FRAME];
        final int[] sum = new int[FRAME];
        JitterBuffer jitter;
        AudioCodec codec;
        AudioEncoder encoder;
        boolean speaking;
    }

    private final MediaClock clock;
    private final Map<String, Input> inputs = new ConcurrentHashMap<>();
    private final int[] heardByAll = new int[FRAME];

    public MixingBridge(BridgeMembership membership, MediaClock clock) {
        super(membership);
        this.clock = clock;
        clock.add(this);
    }

    @Override
    protected void joined(Leg leg) {
        inputs.put(leg.endpoint().id(), new Input());
    }

    @Override
    protected void left(Leg leg) {
        inputs.remove(leg.endpoint().id());
    }

    @Override
    public void onAudio(AudioPort from, AudioCodec codec, long timestamp, int sequence, byte[] payload, int off, int len) {
        Input input = inputs.get(from.id());
        if (input == null || isMuted(from.id())) {
            return;
        }
        synchronized (input) {
            if (input.codec != codec) {
                input.codec = codec;
                input.jitter = new JitterBuffer(codec.clockRate());
            }
            input.jitter.insert(sequence, timestamp, payload, off, len, System.nanoTime() / 1_000_000);
        }
    }

    @Override
    public void tick(long nowNanos) {
        java.util.Arrays.fill(heardByAll, 0);
        for (Leg leg : legs()) {
            Input input = inputs.get(leg.endpoint().id());
            if (input == null) {
                continue;
            }
            input.speaking = nextFrame(input, nowNanos / 1_000_000);
            if (input.speaking && leg.role() instanceof LegRole.SpeakAndListen) {
                add(heardByAll, input.frame, 1);
            }
        }
        for (Leg listener : legs()) {
            Input input = inputs.get(listener.endpoint().id());
            if (input != null) {
                send(listener, input);
            }
        }
    }

    @Override
    public void close() {
        clock.remove(this);
        super.close();
    }

    private void send(Leg listener, Input input) {
        String id = listener.endpoint().id();
        int[] sum = input.sum;
        System.arraycopy(heardByAll, 0, sum, 0, FRAME);
        if (input.speaking && listener.role() instanceof LegRole.SpeakAndListen) {
            add(sum, input.frame, -1);
        }
        for (Leg other : legs()) {
            Input whisper = inputs.get(other.endpoint().id());
            if (other.role() instanceof LegRole.Whisper w && w.isHeardBy(id) && whisper != null && whisper.speaking) {
                add(sum, whisper.frame, 1);
            }
        }
        for (int i = 0; i < FRAME; i++) {
            input.mix[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
        }
        AudioCodec codec = listener.endpoint().sendCodec();
        try {
            if (input.encoder == null || input.encoder.codec() != codec) {
                input.encoder = new AudioEncoder(codec);
            }
            int length = input.encoder.encode48k(input.mix, FRAME);
            listener.endpoint().sendAudio(codec, input.encoder.packet(), 0, length, codec.samplesPer20Ms());
        } catch (MediaException e) {
            // this listener misses one frame
        }
    }

    /** Takes the leg's next frame into {@code input.frame}: decoded, concealed when lost, or false when silent. */
    private static boolean nextFrame(Input input, long nowMillis) {
        synchronized (input) {
            if (input.jitter == null) {
                return false;
            }
            try {
                int n = input.jitter.pop(nowMillis, input.payload, 0);
                if (n == JitterBuffer.EMPTY) {
                    return false;
                }
                int samples = n == JitterBuffer.LOST
                        ? input.decoder.conceal48k(input.codec)
                        : input.decoder.decode48k(input.codec, input.payload, 0, n);
                System.arraycopy(input.decoder.pcm(), 0, input.frame, 0, Math.min(samples, FRAME));
                if (samples < FRAME) {
                    java.util.Arrays.fill(input.frame, samples, FRAME, (short) 0);
                }
                return true;
            } catch (MediaException e) {
                return false;
            }
        }
    }

    private static void add(int[] sum, short[] frame, int sign) {
        for (int i = 0; i < FRAME; i++) {
            sum[i] += sign * frame[i];
        }
    }
}
