package dev.tsunagu.media.video;

import java.time.Duration;

/**
 * Limits of a {@link VideoRoom}.
 *
 * @param cachePackets packets kept per subscriber stream for NACKs (a power of two)
 * @param cacheMaxAge how old a packet may be and still be resent
 * @param keyframeInterval at most one key-frame request per publisher stream this often
 * @param maxBitrate the most we let one publisher stream send (bits/s), also the REMB when no subscriber reported
 * @param minBitrate the least we ask a publisher stream for, whatever a subscriber reports
 */
public record VideoRoomSettings(int cachePackets, Duration cacheMaxAge, Duration keyframeInterval, long maxBitrate,
                                long minBitrate) {

    /** 512 packets hold about 4 s of a 1.5 Mbit/s stream; 1 s is longer than any NACK round trip worth answering. */
    public static final VideoRoomSettings DEFAULTS = new VideoRoomSettings(512, Duration.ofSeconds(1),
            Duration.ofMillis(500), 2_500_000, 100_000);

    public VideoRoomSettings {
        if (cachePackets <= 0 || Integer.bitCount(cachePackets) != 1 || minBitrate <= 0 || maxBitrate < minBitrate) {
            throw new IllegalArgumentException("bad video room settings");
        }
    }
}
