package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioPort;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where held and parked legs wait: they hear the source (music on hold), and what they say goes
 * nowhere. The source is read and encoded once per tick per codec, however many legs wait.
 */
public final class HoldingBridge extends AbstractBridge implements MediaClock.Task {

    private final MediaClock clock;
    private final AudioSource source;
    private final short[] frame = new short[AudioDecoder.MIX_FRAME];
    private final Map<AudioCodec, AudioEncoder> encoders = new EnumMap<>(AudioCodec.class);

    /** {@code source} must produce 48 kHz frames (e.g. {@code Tones.musicOnHold(48_000)}). */
    public HoldingBridge(BridgeMembership membership, MediaClock clock, AudioSource source) {
        super(membership);
        if (source.sampleRate() != AudioDecoder.MIX_RATE) {
            throw new IllegalArgumentException("hold sources play at 48 kHz");
        }
        this.clock = clock;
        this.source = source;
        clock.add(this);
    }

    @Override
    public void onAudio(AudioPort from, AudioCodec codec, long timestamp, int sequence, byte[] payload, int off, int len) {
        // A held party is not heard by anyone.
    }

    @Override
    public void tick(long nowNanos) {
        if (legs().isEmpty()) {
            return;
        }
        if (!source.read(frame, 0)) {
            java.util.Arrays.fill(frame, (short) 0);
        }
        Map<AudioCodec, Integer> encoded = new EnumMap<>(AudioCodec.class);
        for (Leg leg : legs()) {
            AudioCodec codec = leg.endpoint().sendCodec();
            try {
                AudioEncoder encoder = encoders.get(codec);
                if (encoder == null) {
                    encoder = new AudioEncoder(codec);
                    encoders.put(codec, encoder);
                }
                Integer length = encoded.get(codec);
                if (length == null) {
                    length = encoder.encode48k(frame, frame.length);
                    encoded.put(codec, length);
                }
                leg.endpoint().sendAudio(codec, encoder.packet(), 0, length, codec.samplesPer20Ms());
            } catch (MediaException e) {
                // this tick's music is lost for this codec
            }
        }
    }

    @Override
    public void close() {
        clock.remove(this);
        super.close();
    }
}
