package dev.tsunagu.media.webrtc;

import java.util.concurrent.atomic.LongAdder;

/** Engine-wide counters, summed over every endpoint, for metrics (the port counts received datagrams itself). */
public final class EngineCounters {

    final LongAdder packetsSent = new LongAdder();
    final LongAdder packetsDropped = new LongAdder();
    final LongAdder handshakesFailed = new LongAdder();
    final LongAdder endpointsReaped = new LongAdder();

    public long packetsSent() {
        return packetsSent.sum();
    }

    public long packetsDropped() {
        return packetsDropped.sum();
    }

    public long handshakesFailed() {
        return handshakesFailed.sum();
    }

    public long endpointsReaped() {
        return endpointsReaped.sum();
    }

    public void reaped() {
        endpointsReaped.increment();
    }
}
