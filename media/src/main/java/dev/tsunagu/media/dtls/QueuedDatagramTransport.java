package dev.tsunagu.media.dtls;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * Connects BouncyCastle's blocking DTLS API to the engine's one shared UDP socket: the socket's
 * reader hands this endpoint's DTLS records to {@link #offer}, and sends go out through the
 * endpoint's {@link DatagramSink} to the peer's current address.
 */
final class QueuedDatagramTransport implements DatagramTransport {

    /** Room for a full handshake flight; beyond that a flooding peer loses records, not memory. */
    private static final int QUEUE_CAPACITY = 64;
    /** Fits a path MTU of 1280 minus IP/UDP headers: DTLS records must not fragment. */
    private static final int MTU = 1200;

    private final BlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DatagramSink sender;
    private volatile boolean closed;

    QueuedDatagramTransport(DatagramSink sender) {
        this.sender = sender;
    }

    /** Called by the socket reader with a copy of one received DTLS datagram; false when full or closed. */
    boolean offer(byte[] datagram) {
        return !closed && inbound.offer(datagram);
    }

    @Override
    public int getReceiveLimit() {
        return MTU;
    }

    @Override
    public int getSendLimit() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("transport closed");
        }
        try {
            byte[] datagram = waitMillis == 0 ? inbound.take() : inbound.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (datagram == null) {
                return -1;
            }
            int n = Math.min(len, datagram.length);
            System.arraycopy(datagram, 0, buf, off, n);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("transport closed");
        }
        sender.send(buf, off, len);
    }

    @Override
    public void close() {
        closed = true;
    }
}
