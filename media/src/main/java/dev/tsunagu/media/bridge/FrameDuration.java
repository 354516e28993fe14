package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioCodec;

/**
 * How many RTP clock units the latest frame of a stream covers, from the timestamp step between
 * frames (so 10, 20 or 60 ms packets are relayed with the right duration). The first frame, a
 * backwards step or a jump over a second counts as one 20 ms frame.
 */
final class FrameDuration {

    private long lastTimestamp = -1;

    int next(AudioCodec codec, long timestamp) {
        long delta = lastTimestamp < 0 ? codec.samplesPer20Ms() : (timestamp - lastTimestamp) & 0xFFFFFFFFL;
        lastTimestamp = timestamp;
        return delta > 0 && delta <= codec.clockRate() ? (int) delta : codec.samplesPer20Ms();
    }
}
