package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioPort;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Three or more legs: every 20 ms each leg gets the sum of what it may hear, minus itself
 * (N−1 mixing), encoded in its own codec. Roles decide who is heard: participants by all,
 * listen-only legs (monitoring) by nobody, a whisper leg by its one target (DESIGN §3).
 */
public final class MixingBridge extends AbstractBridge implements MediaClock.Task {

    private static final int FRAME = AudioDecoder.MIX_FRAME;
    /** At most 100 ms waits per leg; older audio is dropped so the mix never lags behind. */
    private static final int MAX_BUFFERED = 5;

    private static final class Input {
        final AudioDecoder decoder = new AudioDecoder();
        final ArrayBlockingQueue<short[]> frames = new ArrayBlockingQueue<>(MAX_BUFFERED);
        final short[] mix = new short[FRAME];
        AudioEncoder encoder;
        short[] current;
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
        if (input == null) {
            return;
        }
        try {
            int n = input.decoder.decode48k(codec, payload, off, len);
            short[] frame = new short[FRAME];
            System.arraycopy(input.decoder.pcm(), 0, frame, 0, Math.min(n, FRAME));
            while (!input.frames.offer(frame)) {
                input.frames.poll();
            }
        } catch (MediaException e) {
            // a lost frame: the leg is silent in this tick
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
            input.current = input.frames.poll();
            if (input.current != null && leg.role() instanceof LegRole.SpeakAndListen) {
                add(heardByAll, input.current, 1);
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
        int[] sum = heardByAll.clone();
        if (input.current != null && listener.role() instanceof LegRole.SpeakAndListen) {
            add(sum, input.current, -1);
        }
        for (Leg other : legs()) {
            Input whisper = inputs.get(other.endpoint().id());
            if (other.role() instanceof LegRole.Whisper w && w.isHeardBy(id) && whisper != null && whisper.current != null) {
                add(sum, whisper.current, 1);
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

    private static void add(int[] sum, short[] frame, int sign) {
        for (int i = 0; i < FRAME; i++) {
            sum[i] += sign * frame[i];
        }
    }
}
