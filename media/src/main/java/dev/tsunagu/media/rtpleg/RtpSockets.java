package dev.tsunagu.media.rtpleg;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plain RTP leg's two UDP sockets (RTP on an even port, RTCP on the next) and their readers:
 * one virtual thread per socket, blocking in receive, handing each datagram to the leg on that
 * thread. The port pair goes back to the pool only when both readers have stopped, so a closed
 * leg's port is really free when it is handed out again.
 */
final class RtpSockets {

    /** Takes one received datagram; the buffer is reused after the call returns. Must not throw. */
    interface Receiver {
        void onDatagram(boolean rtcpSocket, byte[] buf, int len, InetSocketAddress from);

        /** A datagram dropped before parsing: longer than any RTP we accept, or its handling failed. */
        void onUnreadable();
    }

    private static final Logger log = LoggerFactory.getLogger(RtpSockets.class);
    /** Larger than any G.711 or event packet we accept; longer datagrams are dropped, not cut. */
    static final int MAX_DATAGRAM = 1500;

    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;
    private final int port;
    private final Thread rtpReader;
    private final Thread rtcpReader;
    private final AtomicInteger running = new AtomicInteger(2);

    RtpSockets(DatagramChannel[] pair, String name, Receiver receiver, Runnable released) {
        this.rtp = pair[0];
        this.rtcp = pair[1];
        this.port = ((InetSocketAddress) localAddress(rtp)).getPort();
        Runnable stopped = () -> {
            if (running.decrementAndGet() == 0) {
                released.run();
            }
        };
        this.rtpReader = Thread.ofVirtual().name("rtp-" + name).unstarted(() -> read(rtp, false, receiver, stopped));
        this.rtcpReader = Thread.ofVirtual().name("rtcp-" + name).unstarted(() -> read(rtcp, true, receiver, stopped));
        rtpReader.start();
        rtcpReader.start();
    }

    int rtpPort() {
        return port;
    }

    /** Sends one datagram from the RTP (or RTCP) port; false when the send failed (logged, never thrown). */
    boolean send(boolean fromRtcpPort, byte[] buf, int off, int len, InetSocketAddress to) {
        try {
            (fromRtcpPort ? rtcp : rtp).send(ByteBuffer.wrap(buf, off, len), to);
            return true;
        } catch (IOException e) {
            log.debug("send to {} failed: {}", to, e.toString());
            return false;
        }
    }

    /** Closes both sockets and, unless called by a reader itself, waits briefly for the readers to stop. */
    void close() {
        quietly(rtp);
        quietly(rtcp);
        Thread current = Thread.currentThread();
        if (current == rtpReader || current == rtcpReader) {
            return;
        }
        try {
            rtpReader.join(TimeUnit.SECONDS.toMillis(2));
            rtcpReader.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void read(DatagramChannel channel, boolean rtcpSocket, Receiver receiver, Runnable stopped) {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM + 1);
        byte[] bytes = buffer.array();
        try {
            while (channel.isOpen()) {
                SocketAddress source;
                try {
                    buffer.clear();
                    source = channel.receive(buffer);
                } catch (ClosedChannelException e) {
                    return;
                } catch (IOException e) {
                    log.debug("RTP receive failed: {}", e.toString());
                    continue;
                }
                if (!(source instanceof InetSocketAddress from)) {
                    continue;
                }
                if (buffer.position() > MAX_DATAGRAM) {
                    receiver.onUnreadable();
                    continue;
                }
                try {
                    receiver.onDatagram(rtcpSocket, bytes, buffer.position(), from);
                } catch (RuntimeException e) {
                    // A bug or a hostile packet costs one datagram, not the leg.
                    receiver.onUnreadable();
                    log.warn("datagram from {} failed", from, e);
                }
            }
        } finally {
            stopped.run();
        }
    }

    private static SocketAddress localAddress(DatagramChannel channel) {
        try {
            return channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("a freshly bound socket has no address", e);
        }
    }

    private static void quietly(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("closing an RTP socket: {}", e.toString());
        }
    }
}
