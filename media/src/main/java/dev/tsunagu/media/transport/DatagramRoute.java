package dev.tsunagu.media.transport;

import java.net.InetSocketAddress;

/** Where datagrams from one peer address go: the endpoint that ICE bound to that address. */
@FunctionalInterface
public interface DatagramRoute {

    /**
     * Handles one datagram. The buffer belongs to the socket reader and is reused after this
     * returns: copy what must outlive the call.
     */
    void onDatagram(byte[] buf, int off, int len, InetSocketAddress from);
}
