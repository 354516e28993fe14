package dev.tsunagu.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.tls.DatagramTransport;

/**
 * The test peers' side of DTLS: BouncyCastle's client reads the DTLS datagrams the peer's reader
 * demultiplexed into {@code in}, and sends on the peer's socket to the engine.
 */
final class PeerDtlsTransport implements DatagramTransport {

    private final BlockingQueue<byte[]> in;
    private final DatagramChannel channel;
    private final InetSocketAddress engine;

    PeerDtlsTransport(BlockingQueue<byte[]> in, DatagramChannel channel, InetSocketAddress engine) {
        this.in = in;
        this.channel = channel;
        this.engine = engine;
    }

    /** The first group of {@code regex} in an SDP answer; the peers read ICE credentials and candidates with it. */
    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("missing " + regex);
        }
        return m.group(1);
    }

    @Override
    public int getReceiveLimit() {
        return 1500;
    }

    @Override
    public int getSendLimit() {
        return 1200;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        try {
            byte[] datagram = in.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (datagram == null) {
                return -1;
            }
            System.arraycopy(datagram, 0, buf, off, Math.min(len, datagram.length));
            return Math.min(len, datagram.length);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        channel.send(ByteBuffer.wrap(buf, off, len), engine);
    }

    @Override
    public void close() {
    }
}
