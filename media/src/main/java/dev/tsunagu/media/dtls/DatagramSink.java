package dev.tsunagu.media.dtls;

import java.io.IOException;

/** Sends one datagram to an endpoint's peer, at whatever address ICE currently has for it. */
@FunctionalInterface
public interface DatagramSink {

    void send(byte[] buf, int off, int len) throws IOException;
}
