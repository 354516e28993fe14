package dev.tsunagu.media.rtpleg;

import dev.tsunagu.media.MediaException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/**
 * The engine's RTP port range: each plain RTP leg takes an even port for RTP and the odd one above
 * it for RTCP (RFC 3550 §11), bound on every interface. Pairs are handed out round robin, so a
 * port just released is the last to be reused (late packets of the old call find nobody); a port
 * some other program holds is skipped.
 */
public final class RtpPortPool {

    private static final int SOCKET_BUFFER = 256 * 1024;

    private final int min;
    private final int max;
    private final int first;
    private final boolean[] taken;
    private int next;
    private int inUse;

    public RtpPortPool(int min, int max) {
        if (min < 1 || max > 65535) {
            throw new IllegalArgumentException("RTP ports are 1-65535: " + min + "-" + max);
        }
        this.min = min;
        this.max = max;
        this.first = min % 2 == 0 ? min : min + 1;
        int pairs = max - first >= 1 ? (max - first - 1) / 2 + 1 : 0;
        if (pairs == 0) {
            throw new IllegalArgumentException("no even/odd port pair in " + min + "-" + max);
        }
        this.taken = new boolean[pairs];
    }

    /** Binds the next free pair; the caller owns both channels and gives the RTP port back with {@link #release}. */
    synchronized DatagramChannel[] allocate() throws MediaException {
        for (int i = 0; i < taken.length; i++) {
            int index = (next + i) % taken.length;
            if (taken[index]) {
                continue;
            }
            DatagramChannel[] pair = bind(first + 2 * index);
            if (pair != null) {
                taken[index] = true;
                inUse++;
                next = (index + 1) % taken.length;
                return pair;
            }
        }
        throw new MediaException(MediaException.Reason.PORTS_EXHAUSTED, "no free RTP port pair in " + min + "-" + max + " ("
                + inUse + " of " + taken.length + " pairs held by this engine, the rest by other programs)");
    }

    /** Gives a pair back once both of its channels are closed. */
    synchronized void release(int rtpPort) {
        int index = (rtpPort - first) / 2;
        if (index >= 0 && index < taken.length && taken[index]) {
            taken[index] = false;
            inUse--;
        }
    }

    /** Pairs held by this engine's legs. */
    public synchronized int inUse() {
        return inUse;
    }

    public int capacity() {
        return taken.length;
    }

    private static DatagramChannel[] bind(int rtpPort) {
        DatagramChannel rtp = null;
        try {
            rtp = open(rtpPort);
            DatagramChannel rtcp = open(rtpPort + 1);
            return new DatagramChannel[] {rtp, rtcp};
        } catch (IOException e) {
            // Taken by another program (or another engine): try the next pair.
            if (rtp != null) {
                try {
                    rtp.close();
                } catch (IOException ignored) {
                    // nothing was sent on it
                }
            }
            return null;
        }
    }

    private static DatagramChannel open(int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
            channel.bind(new InetSocketAddress(port));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }
}
