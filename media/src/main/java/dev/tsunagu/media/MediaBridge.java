package dev.tsunagu.media;

/**
 * Joins endpoints and owns how their media flows (DESIGN §3). An endpoint is in at most one
 * bridge at a time: adding it here takes it out of the previous one.
 */
public interface MediaBridge extends AutoCloseable {

    void add(MediaEndpoint endpoint, LegRole role);

    default void add(MediaEndpoint endpoint) {
        add(endpoint, LegRole.SPEAK_AND_LISTEN);
    }

    void remove(MediaEndpoint endpoint);

    /** Mutes or unmutes a leg: a muted leg still hears, but nobody hears it. */
    void mute(MediaEndpoint endpoint, boolean muted);

    /** Removes every endpoint; the endpoints stay open. */
    @Override
    void close();
}
