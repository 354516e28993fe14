package dev.tsunagu.media.transport;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ICE-TCP, passive side (RFC 6544), on the same port number as the UDP port: for browsers on
 * networks that let no UDP through. Each connection carries RFC 4571 frames (a 16-bit length, then
 * one packet), which go to the same dispatch as datagrams, from the connection's remote address;
 * packets to that address go back down the connection. A connection is closed on a bad frame, after
 * {@link #IDLE_MILLIS} without one (media never pauses that long: consent checks come every few
 * seconds), or when its peer's route is removed. Writes are queued per connection and dropped when
 * the peer does not keep up, as UDP would drop them, so a slow peer never stalls the media threads.
 */
final class IceTcpListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IceTcpListener.class);
    static final int MAX_CONNECTIONS = 1024;
    /** A browser opens one or two per leg; more from one address is someone holding the door. */
    static final int MAX_PER_ADDRESS = 32;
    static final int MAX_FRAME = 2048;
    static final int IDLE_MILLIS = 30_000;
    private static final int QUEUE = 512;

    /** Where frames go: the mux's dispatch, one at a time with the UDP reader's. */
    interface Sink {
        void onFrame(byte[] bytes, int length, InetSocketAddress from);
    }

    private final ServerSocket server;
    private final Sink sink;
    private final Map<InetSocketAddress, Connection> connections = new ConcurrentHashMap<>();
    private volatile boolean closing;

    private IceTcpListener(ServerSocket server, Sink sink) {
        this.server = server;
        this.sink = sink;
        Thread.ofVirtual().name("media-tcp-accept-" + server.getLocalPort()).start(this::acceptLoop);
    }

    static IceTcpListener open(int port, Sink sink) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port), 128);
        return new IceTcpListener(server, sink);
    }

    int localPort() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.size();
    }

    /** Sends a packet down the connection from {@code to}; false when there is none. */
    boolean send(byte[] buf, int off, int len, InetSocketAddress to) {
        Connection connection = connections.get(to);
        if (connection == null) {
            return false;
        }
        connection.enqueue(buf, off, len);
        return true;
    }

    /** The peer's route went (its endpoint closed): so does its connection. */
    void forget(InetSocketAddress peer) {
        Connection connection = connections.get(peer);
        if (connection != null) {
            connection.close();
        }
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closing) {
                    log.warn("ICE-TCP accept failed", e);
                }
                return;
            }
            if (connections.size() >= MAX_CONNECTIONS || fromSameAddress(socket) >= MAX_PER_ADDRESS) {
                closeQuietly(socket);
                continue;
            }
            Connection connection = new Connection(socket);
            if (connections.putIfAbsent(connection.remote, connection) != null) {
                closeQuietly(socket);
                continue;
            }
            connection.start();
        }
    }

    private long fromSameAddress(Socket socket) {
        var address = socket.getInetAddress();
        return connections.keySet().stream().filter(a -> a.getAddress().equals(address)).count();
    }

    private final class Connection {
        final Socket socket;
        final InetSocketAddress remote;
        final BlockingQueue<byte[]> outgoing = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean closed;

        Connection(Socket socket) {
            this.socket = socket;
            this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        }

        void start() {
            Thread.ofVirtual().name("media-tcp-in").start(this::readLoop);
            Thread.ofVirtual().name("media-tcp-out").start(this::writeLoop);
        }

        void enqueue(byte[] buf, int off, int len) {
            if (len > 0xFFFF) {
                return;
            }
            byte[] frame = new byte[len + 2];
            frame[0] = (byte) (len >>> 8);
            frame[1] = (byte) len;
            System.arraycopy(buf, off, frame, 2, len);
            outgoing.offer(frame); // a full queue drops the packet, as a congested UDP path would
        }

        private void readLoop() {
            byte[] frame = new byte[MAX_FRAME];
            try (InputStream raw = socket.getInputStream()) {
                socket.setSoTimeout(IDLE_MILLIS);
                socket.setTcpNoDelay(true);
                DataInputStream in = new DataInputStream(raw);
                boolean first = true;
                while (!closed) {
                    int length = in.readUnsignedShort();
                    if (length == 0 || length > MAX_FRAME) {
                        log.debug("ICE-TCP frame of {} bytes from {}: closing", length, remote);
                        return;
                    }
                    in.readFully(frame, 0, length);
                    // An ICE connection opens with a STUN check (RFC 7983: first byte 0-3); anything else is not ICE.
                    if (first && (frame[0] & 0xFF) > 3) {
                        return;
                    }
                    first = false;
                    sink.onFrame(frame, length, remote);
                }
            } catch (EOFException | SocketTimeoutException | SocketException e) {
                // the peer went, fell silent, or we closed it
            } catch (IOException e) {
                log.debug("ICE-TCP read from {} failed: {}", remote, e.toString());
            } finally {
                close();
            }
        }

        private void writeLoop() {
            try (OutputStream out = socket.getOutputStream()) {
                while (!closed) {
                    byte[] frame = outgoing.take();
                    if (frame.length == 0) {
                        return;
                    }
                    out.write(frame);
                }
            } catch (IOException | InterruptedException e) {
                // closed under us
            } finally {
                close();
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            connections.remove(remote, this);
            outgoing.clear();
            outgoing.offer(new byte[0]); // wakes the writer
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to add
        }
    }

    @Override
    public void close() {
        closing = true;
        closeQuietly(server);
        connections.values().forEach(Connection::close);
    }

    private static void closeQuietly(ServerSocket server) {
        try {
            server.close();
        } catch (IOException e) {
            // nothing to add
        }
    }
}
