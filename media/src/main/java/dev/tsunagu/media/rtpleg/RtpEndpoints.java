package dev.tsunagu.media.rtpleg;

import dev.tsunagu.media.MediaException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The engine's live plain RTP legs: creates them on ports of the pool, and on each clock tick
 * lets them report and reaps the silent ones (see {@link RtpEndpoint#tick} for which may be silent).
 */
public final class RtpEndpoints {

    private final Map<String, RtpEndpoint> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final RtpLegCounters counters = new RtpLegCounters();
    private final InetAddress advertised;
    private final RtpPortPool ports;
    private final long idleNanos;

    public RtpEndpoints(InetAddress advertised, int portMin, int portMax, Duration idleTimeout) {
        this.advertised = advertised;
        this.ports = new RtpPortPool(portMin, portMax);
        this.idleNanos = idleTimeout.toNanos();
    }

    /** A new leg on a free port pair; {@code PORTS_EXHAUSTED} when there is none. */
    public RtpEndpoint create(String label, Consumer<RtpEndpoint> onClose) throws MediaException {
        String id = label + "-rtp-" + sequence.incrementAndGet();
        RtpEndpoint endpoint = new RtpEndpoint(id, advertised, ports, counters, closed -> {
            byId.remove(closed.id(), closed);
            onClose.accept(closed);
        });
        byId.put(id, endpoint);
        return endpoint;
    }

    public List<RtpEndpoint> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public RtpLegCounters counters() {
        return counters;
    }

    public RtpPortPool ports() {
        return ports;
    }

    /** Reports and reaping, called from the media clock. */
    public void tick(long nowNanos) {
        for (RtpEndpoint endpoint : byId.values()) {
            if (endpoint.tick(nowNanos, idleNanos)) {
                counters.endpointsReaped.increment();
                endpoint.close();
            }
        }
    }

    public void closeAll() {
        byId.values().forEach(RtpEndpoint::close);
    }
}
