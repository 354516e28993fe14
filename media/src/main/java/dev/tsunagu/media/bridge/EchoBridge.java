package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioAnalysis;
import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioPort;
import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaEndpoint;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.audio.ToneAnalyzer;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Plays each leg's audio back to it after a delay, as the packets came (no decode on the way
 * back), and analyses what it hears. This is the audio check: a communicator hears their own
 * microphone a second later, and the engine proves it received real audio.
 */
public final class EchoBridge extends AbstractBridge implements MediaClock.Task {

    /** Bounds memory if the clock stalls: 10 s of 20 ms frames. */
    private static final int MAX_QUEUED = 500;

    private record Delayed(long dueNanos, AudioCodec codec, int samples, byte[] payload) {
    }

    private static final class Echo {
        final Queue<Delayed> queue = new ConcurrentLinkedQueue<>();
        final AudioDecoder decoder = new AudioDecoder();
        ToneAnalyzer analyzer;
        final FrameDuration duration = new FrameDuration();
    }

    private final long delayNanos;
    private final MediaClock clock;
    private final Map<String, Echo> echoes = new ConcurrentHashMap<>();

    public EchoBridge(BridgeMembership membership, MediaClock clock, Duration delay) {
        super(membership);
        this.delayNanos = delay.toNanos();
        this.clock = clock;
        clock.add(this);
    }

    /** What the bridge heard from the endpoint so far. */
    public AudioAnalysis analysis(MediaEndpoint endpoint) {
        Echo echo = echoes.get(endpoint.id());
        if (echo == null || echo.analyzer == null) {
            return AudioAnalysis.NOTHING;
        }
        return new AudioAnalysis(echo.analyzer.audioDetected(), echo.analyzer.toneHz());
    }

    @Override
    protected void joined(Leg leg) {
        echoes.put(leg.endpoint().id(), new Echo());
    }

    @Override
    protected void left(Leg leg) {
        echoes.remove(leg.endpoint().id());
    }

    @Override
    public void onAudio(AudioPort from, AudioCodec codec, long timestamp, int sequence, byte[] payload, int off, int len) {
        Echo echo = echoes.get(from.id());
        if (echo == null) {
            return;
        }
        int samples = echo.duration.next(codec, timestamp);
        if (echo.queue.size() < MAX_QUEUED) {
            byte[] copy = new byte[len];
            System.arraycopy(payload, off, copy, 0, len);
            echo.queue.add(new Delayed(System.nanoTime() + delayNanos, codec, samples, copy));
        }
        listen(echo, codec, payload, off, len);
    }

    @Override
    public void tick(long nowNanos) {
        for (Leg leg : legs()) {
            Echo echo = echoes.get(leg.endpoint().id());
            if (echo == null) {
                continue;
            }
            Delayed next;
            while ((next = echo.queue.peek()) != null && next.dueNanos() - nowNanos <= 0) {
                echo.queue.poll();
                leg.endpoint().sendAudio(next.codec(), next.payload(), 0, next.payload().length, next.samples());
            }
        }
    }

    @Override
    public void close() {
        clock.remove(this);
        super.close();
    }

    private static void listen(Echo echo, AudioCodec codec, byte[] payload, int off, int len) {
        try {
            int samples = echo.decoder.decode(codec, payload, off, len);
            if (echo.analyzer == null) {
                echo.analyzer = new ToneAnalyzer(codec.clockRate());
            }
            echo.analyzer.accept(echo.decoder.pcm(), samples);
        } catch (MediaException e) {
            // An undecodable frame is still echoed; it just does not count as heard audio.
        }
    }
}
