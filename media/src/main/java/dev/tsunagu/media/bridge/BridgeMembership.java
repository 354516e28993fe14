package dev.tsunagu.media.bridge;

import dev.tsunagu.media.MediaEndpoint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which bridge each endpoint is in, so that joining one bridge leaves the previous (one engine, one of these). */
public final class BridgeMembership {

    private final Map<String, AbstractBridge> bridgeOf = new ConcurrentHashMap<>();

    void join(MediaEndpoint endpoint, AbstractBridge bridge) {
        AbstractBridge previous = bridgeOf.put(endpoint.id(), bridge);
        if (previous != null && previous != bridge) {
            previous.detach(endpoint);
        }
    }

    void leave(MediaEndpoint endpoint, AbstractBridge bridge) {
        bridgeOf.remove(endpoint.id(), bridge);
    }

    /** Called when an endpoint closes: its bridge forgets it. */
    public void closed(MediaEndpoint endpoint) {
        AbstractBridge bridge = bridgeOf.remove(endpoint.id());
        if (bridge != null) {
            bridge.detach(endpoint);
        }
    }
}
