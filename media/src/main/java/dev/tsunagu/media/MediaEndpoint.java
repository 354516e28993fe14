package dev.tsunagu.media;

/** One call leg terminated in the engine. */
public interface MediaEndpoint extends AudioPort, AutoCloseable {

    EndpointState state();

    /** Who hears about state changes (connected, failed, closed); replaces the previous listener. */
    void onStateChange(java.util.function.Consumer<EndpointState> listener);

    EndpointStats stats();

    /**
     * Who hears the keys the peer presses (RFC 4733 events, and tones in its audio when
     * {@link #detectInbandDtmf} is on); replaces the previous listener.
     */
    void onDtmf(java.util.function.Consumer<Character> listener);

    /**
     * Also listens for keys played as tones in the peer's audio (phones behind gateways that send
     * no RFC 4733 events), in or out of a bridge. Off by default: it decodes every received frame,
     * even on legs that are otherwise forwarded untouched. Once the peer sends any RFC 4733 event,
     * its tones are ignored, so a press sent both ways is reported once.
     */
    void detectInbandDtmf(boolean on);

    /** Sends one key as RFC 4733 events lasting {@code millis}; false when the peer accepted no telephone-event. */
    boolean sendDtmf(char key, int millis);

    /** Releases the leg: its bridge forgets it and its port route is removed. */
    @Override
    void close();
}
