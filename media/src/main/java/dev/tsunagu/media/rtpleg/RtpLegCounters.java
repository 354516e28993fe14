package dev.tsunagu.media.rtpleg;

import java.util.concurrent.atomic.LongAdder;

/** Totals over every plain RTP leg of an engine, for its metrics (the legs' own sockets are not on the shared port). */
public final class RtpLegCounters {

    final LongAdder packetsReceived = new LongAdder();
    final LongAdder packetsSent = new LongAdder();
    final LongAdder packetsDropped = new LongAdder();
    final LongAdder endpointsReaped = new LongAdder();

    public long packetsReceived() {
        return packetsReceived.sum();
    }

    public long packetsSent() {
        return packetsSent.sum();
    }

    public long packetsDropped() {
        return packetsDropped.sum();
    }

    public long endpointsReaped() {
        return endpointsReaped.sum();
    }
}
