package dev.tsunagu.media.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's single UDP port, shared by every endpoint (ICE-lite with one host candidate).
 * One reader thread receives each datagram and hands it, on that same thread, to the route of
 * its source address; datagrams from unknown sources go to the unrouted handler (ICE). A route
 * that throws loses only that datagram. The same port number also listens for ICE-TCP
 * ({@link IceTcpListener}); its packets take the same dispatch, one at a time with the datagrams',
 * so a route never sees two packets at once.
 */
public final class UdpMux implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UdpMux.class);
    /** Larger than any datagram we accept; a bigger one is truncated and then fails to parse. */
    private static final int MAX_DATAGRAM = 2048;
    private static final int SOCKET_BUFFER = 4 * 1024 * 1024;

    private final DatagramChannel channel;
    private final Map<InetSocketAddress, DatagramRoute> routes = new ConcurrentHashMap<>();
    private final UnroutedDatagramHandler unrouted;
    private final Thread reader;
    private final Object dispatchLock = new Object();
    private volatile IceTcpListener tcp;
    private final LongAdder received = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile boolean closing;

    private UdpMux(DatagramChannel channel, UnroutedDatagramHandler unrouted) {
        this.channel = channel;
        this.unrouted = unrouted;
        this.reader = Thread.ofPlatform().name("media-udp-" + localPort()).daemon().unstarted(this::readLoop);
    }

    /** Binds the port (0 picks a free one) on all interfaces and starts reading. */
    public static UdpMux open(int port, UnroutedDatagramHandler unrouted) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
        channel.bind(new InetSocketAddress(port));
        UdpMux mux = new UdpMux(channel, unrouted);
        mux.reader.start();
        try {
            mux.tcp = IceTcpListener.open(mux.localPort(), mux::onTcpFrame);
        } catch (IOException e) {
            // UDP alone still serves every browser that can reach it.
            log.warn("ICE-TCP is off: TCP port {} cannot be bound: {}", mux.localPort(), e.toString());
        }
        return mux;
    }

    /** Whether the port also takes ICE-TCP, so answers may offer a TCP candidate. */
    public boolean acceptsTcp() {
        return tcp != null;
    }

    public int localPort() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            return -1;
        }
    }

    public void route(InetSocketAddress peer, DatagramRoute route) {
        routes.put(peer, route);
    }

    /** Removes the peer's route if it still is this one (a newer route for the address is kept). */
    public void unroute(InetSocketAddress peer, DatagramRoute route) {
        if (routes.remove(peer, route) && tcp != null) {
            tcp.forget(peer);
        }
    }

    /** Sends one datagram; a send failure is logged and counted, never thrown at the media path. */
    public void send(byte[] buf, int off, int len, InetSocketAddress to) {
        IceTcpListener viaTcp = tcp;
        if (viaTcp != null && viaTcp.send(buf, off, len, to)) {
            return;
        }
        try {
            channel.send(ByteBuffer.wrap(buf, off, len), to);
        } catch (IOException e) {
            failed.increment();
            log.debug("send to {} failed: {}", to, e.toString());
        }
    }

    public long receivedCount() {
        return received.sum();
    }

    /** Datagrams from unknown sources that no ICE check claimed. */
    public long droppedCount() {
        return dropped.sum();
    }

    /** Datagrams whose route threw, plus failed sends. */
    public long failedCount() {
        return failed.sum();
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        byte[] bytes = buffer.array();
        while (!closing) {
            SocketAddress source;
            try {
                buffer.clear();
                source = channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.warn("UDP receive failed", e);
                continue;
            }
            if (!(source instanceof InetSocketAddress from)) {
                continue;
            }
            received.increment();
            synchronized (dispatchLock) {
                dispatch(bytes, buffer.position(), from);
            }
        }
    }

    private void onTcpFrame(byte[] bytes, int length, InetSocketAddress from) {
        received.increment();
        synchronized (dispatchLock) {
            dispatch(bytes, length, from);
        }
    }

    private void dispatch(byte[] bytes, int length, InetSocketAddress from) {
        try {
            DatagramRoute route = routes.get(from);
            if (route != null) {
                route.onDatagram(bytes, 0, length, from);
            } else if (!unrouted.onUnrouted(bytes, 0, length, from)) {
                dropped.increment();
            }
        } catch (RuntimeException e) {
            // A bug or a hostile packet must cost one datagram, not the port every call shares.
            failed.increment();
            log.warn("datagram from {} failed", from, e);
        }
    }

    @Override
    public void close() {
        closing = true;
        IceTcpListener listener = tcp;
        if (listener != null) {
            listener.close();
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("closing the UDP port: {}", e.toString());
        }
    }
}
