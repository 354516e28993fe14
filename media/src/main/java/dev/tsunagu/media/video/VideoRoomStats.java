package dev.tsunagu.media.video;

/**
 * A room's counters since it was made.
 *
 * @param participants legs in the room now
 * @param forwardedStreams subscriber streams fed by a publisher stream now
 * @param packetsForwarded packets sent to subscribers (resends not included)
 * @param packetsDropped packets refused: unknown payload type, unreadable payload
 * @param keyframeRequests PLIs sent to publishers (after throttling)
 * @param nacksAnswered lost packets resent from a retransmission cache
 * @param nacksForwarded lost packets asked of the publisher because the cache no longer had them
 * @param rembsSent bitrate reports sent to publishers
 */
public record VideoRoomStats(int participants, int forwardedStreams, long packetsForwarded, long packetsDropped,
                             long keyframeRequests, long nacksAnswered, long nacksForwarded, long rembsSent) {
}
