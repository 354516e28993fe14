package dev.tsunagu.media.transport;

import java.net.InetSocketAddress;

/**
 * Gets datagrams from addresses no endpoint owns yet. Only STUN binding requests carrying a
 * known ICE username may create a route; everything else is dropped and counted.
 */
@FunctionalInterface
public interface UnroutedDatagramHandler {

    /** Returns true when the datagram was taken (typically: a valid ICE check that created a route). */
    boolean onUnrouted(byte[] buf, int off, int len, InetSocketAddress from);
}
