package dev.tsunagu.media.bridge;

import dev.tsunagu.media.AudioReceiver;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.MediaEndpoint;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every bridge shares: the legs with their roles, and the move of a leg in and out
 * (receiver swapped, membership updated). Subclasses say what happens to the audio.
 */
public abstract class AbstractBridge implements MediaBridge, AudioReceiver {

    /** A leg in this bridge. */
    protected record Leg(MediaEndpoint endpoint, LegRole role) {
    }

    private final BridgeMembership membership;
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final java.util.Set<String> muted = ConcurrentHashMap.newKeySet();

    protected AbstractBridge(BridgeMembership membership) {
        this.membership = membership;
    }

    @Override
    public void add(MediaEndpoint endpoint, LegRole role) {
        membership.join(endpoint, this);
        Leg leg = new Leg(endpoint, role);
        legs.put(endpoint.id(), leg);
        joined(leg);
        endpoint.receiver(this);
    }

    @Override
    public void remove(MediaEndpoint endpoint) {
        if (detach(endpoint)) {
            membership.leave(endpoint, this);
        }
    }

    @Override
    public void close() {
        legs.values().forEach(leg -> remove(leg.endpoint()));
    }

    @Override
    public void mute(MediaEndpoint endpoint, boolean mute) {
        if (mute) {
            muted.add(endpoint.id());
        } else {
            muted.remove(endpoint.id());
        }
    }

    protected boolean isMuted(String endpointId) {
        return muted.contains(endpointId);
    }

    protected Collection<Leg> legs() {
        return legs.values();
    }

    protected Leg leg(String endpointId) {
        return legs.get(endpointId);
    }

    /** Called after a leg was added, before it delivers audio here. */
    protected void joined(Leg leg) {
    }

    /** Called after a leg was removed. */
    protected void left(Leg leg) {
    }

    boolean detach(MediaEndpoint endpoint) {
        Leg leg = legs.remove(endpoint.id());
        if (leg == null) {
            return false;
        }
        endpoint.receiver(null);
        muted.remove(endpoint.id());
        left(leg);
        return true;
    }
}
