package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioPort;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaEndpoint;
import dev.tsunagu.media.MediaException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A call between two legs. When both speak the same codec the packets are forwarded as they are
 * (no decode: the cheap, common case); otherwise each frame is decoded and re-encoded for the
 * other side (Opus ↔ G.711 for the phone network).
 */
public final class TwoPartyBridge extends AbstractBridge {

    /** Per direction: the source's frame durations and, when transcoding, the codecs. */
    private static final class Direction {
        final FrameDuration duration = new FrameDuration();
        final AudioDecoder decoder = new AudioDecoder();
        AudioEncoder encoder;
    }

    private final Map<String, Direction> directions = new ConcurrentHashMap<>();

    public TwoPartyBridge(BridgeMembership membership) {
        super(membership);
    }

    @Override
    public void add(MediaEndpoint endpoint, LegRole role) {
        if (legs().size() >= 2 && leg(endpoint.id()) == null) {
            throw new IllegalStateException("a two-party bridge holds two legs");
        }
        super.add(endpoint, role);
    }

    @Override
    protected void joined(Leg leg) {
        directions.put(leg.endpoint().id(), new Direction());
    }

    @Override
    protected void left(Leg leg) {
        directions.remove(leg.endpoint().id());
    }

    @Override
    public void onAudio(AudioPort from, AudioCodec codec, long timestamp, int sequence, byte[] payload, int off, int len) {
        Direction direction = directions.get(from.id());
        Leg other = other(from.id());
        if (direction == null || other == null || isMuted(from.id())) {
            return;
        }
        int samples = direction.duration.next(codec, timestamp);
        AudioCodec target = other.endpoint().sendCodec();
        if (target == codec) {
            other.endpoint().sendAudio(codec, payload, off, len, samples);
            return;
        }
        try {
            int decoded = direction.decoder.decode48k(codec, payload, off, len);
            if (direction.encoder == null || direction.encoder.codec() != target) {
                direction.encoder = new AudioEncoder(target);
            }
            int encoded = direction.encoder.encode48k(direction.decoder.pcm(), decoded);
            other.endpoint().sendAudio(target, direction.encoder.packet(), 0, encoded, target.samplesPer20Ms());
        } catch (MediaException e) {
            // An undecodable frame is lost for the other side, as it would be on the network.
        }
    }

    private Leg other(String endpointId) {
        for (Leg leg : legs()) {
            if (!leg.endpoint().id().equals(endpointId)) {
                return leg;
            }
        }
        return null;
    }
}
