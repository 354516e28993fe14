package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.ice.IceLiteAgent;
import dev.tsunagu.media.transport.UnroutedDatagramHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The engine's live WebRTC endpoints: creates them, finds the one a first connectivity check
 * addresses (by ICE ufrag), and on each tick lets them report and reaps the silent ones.
 */
public final class WebRtcEndpoints implements UnroutedDatagramHandler {

    private final Map<String, WebRtcEndpoint> byUfrag = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile WebRtcTransportContext transport;
    private final long idleNanos;

    public WebRtcEndpoints(Duration idleTimeout) {
        this.idleNanos = idleTimeout.toNanos();
    }

    /** Set once the port is open (the port needs this object as its unrouted handler first). */
    public void transport(WebRtcTransportContext transport) {
        this.transport = transport;
    }

    public WebRtcEndpoint create(String label, Consumer<WebRtcEndpoint> onClose) {
        return create(label, onClose, false);
    }

    /** A leg that also answers video sections and re-offers when {@code withVideo}. */
    public WebRtcEndpoint create(String label, Consumer<WebRtcEndpoint> onClose, boolean withVideo) {
        String id = label + "-" + sequence.incrementAndGet();
        WebRtcEndpoint endpoint = new WebRtcEndpoint(id, transport, closed -> {
            byUfrag.remove(closed.iceCredentials().ufrag(), closed);
            onClose.accept(closed);
        }, withVideo);
        byUfrag.put(endpoint.iceCredentials().ufrag(), endpoint);
        return endpoint;
    }

    /** A snapshot of the live endpoints. */
    public java.util.List<WebRtcEndpoint> all() {
        return java.util.List.copyOf(byUfrag.values());
    }

    public int size() {
        return byUfrag.size();
    }

    @Override
    public boolean onUnrouted(byte[] buf, int off, int len, InetSocketAddress from) {
        return IceLiteAgent.addressedUfrag(buf, off, len).map(byUfrag::get).map(endpoint -> {
            endpoint.onDatagram(buf, off, len, from);
            return true;
        }).orElse(false);
    }

    /** Reports and reaping, called from the media clock. */
    public void tick(long nowNanos) {
        for (WebRtcEndpoint endpoint : byUfrag.values()) {
            if (endpoint.tick(nowNanos, idleNanos)) {
                transport.counters().reaped();
                endpoint.close();
            }
        }
    }

    public void closeAll() {
        byUfrag.values().forEach(WebRtcEndpoint::close);
    }
}
