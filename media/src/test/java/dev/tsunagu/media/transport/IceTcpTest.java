package dev.tsunagu.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ICE-TCP on the mux's port: RFC 4571 frames in and out, the same dispatch as datagrams, and what is not ICE closed. */
class IceTcpTest {

    private record Packet(byte[] bytes, InetSocketAddress from) {
    }

    private final BlockingQueue<Packet> unrouted = new LinkedBlockingQueue<>();
    private final UdpMux mux = open();

    private UdpMux open() {
        try {
            return UdpMux.open(0, (buf, off, len, from) -> unrouted.add(new Packet(Arrays.copyOfRange(buf, off, off + len), from)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        mux.close();
    }

    /** The server closed the connection: end of stream, or a reset when it had unread bytes. */
    private static void assertClosed(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        try {
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        } catch (SocketException reset) {
            assertThat(reset.getMessage()).containsIgnoringCase("reset");
        }
    }

    private static void writeFrame(DataOutputStream out, byte[] payload) throws IOException {
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }

    private static byte[] stunLike(int length) {
        byte[] b = new byte[length];
        b[0] = 0x00; // a STUN message's first byte (RFC 7983)
        b[1] = 0x01;
        for (int i = 2; i < length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void framesFromAConnectionAreDispatchedFromItsAddressAndPacketsToItGoBackFramed() throws Exception {
        assertThat(mux.acceptsTcp()).isTrue();
        try (Socket client = new Socket("127.0.0.1", mux.localPort())) {
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            writeFrame(out, stunLike(20));
            Packet first = unrouted.poll(5, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.bytes()).isEqualTo(stunLike(20));
            assertThat(first.from().getPort()).isEqualTo(client.getLocalPort());

            // A route for the connection's address gets what follows; what we send to it comes back framed.
            BlockingQueue<byte[]> routed = new LinkedBlockingQueue<>();
            DatagramRoute route = (buf, off, len, from) -> routed.add(Arrays.copyOfRange(buf, off, off + len));
            mux.route(first.from(), route);
            byte[] media = new byte[] {(byte) 0x80, 0x60, 1, 2, 3};
            writeFrame(out, media);
            assertThat(routed.poll(5, TimeUnit.SECONDS)).isEqualTo(media);
            mux.send(new byte[] {9, 8, 7}, 0, 3, first.from());
            DataInputStream in = new DataInputStream(client.getInputStream());
            assertThat(in.readUnsignedShort()).isEqualTo(3);
            byte[] back = new byte[3];
            in.readFully(back);
            assertThat(back).containsExactly(9, 8, 7);

            // The endpoint lets go of the address: the connection goes with it.
            mux.unroute(first.from(), route);
            assertClosed(client);
        }
    }

    @Test
    void aConnectionThatDoesNotStartWithStunOrSendsABadFrameIsClosed() throws Exception {
        try (Socket notIce = new Socket("127.0.0.1", mux.localPort())) {
            writeFrame(new DataOutputStream(notIce.getOutputStream()), "GET / HTTP/1.1\r\n".getBytes());
            assertClosed(notIce);
        }
        try (Socket oversized = new Socket("127.0.0.1", mux.localPort())) {
            DataOutputStream out = new DataOutputStream(oversized.getOutputStream());
            out.writeShort(IceTcpListener.MAX_FRAME + 1);
            out.write(new byte[64]);
            out.flush();
            assertClosed(oversized);
        }
        try (Socket empty = new Socket("127.0.0.1", mux.localPort())) {
            DataOutputStream out = new DataOutputStream(empty.getOutputStream());
            out.writeShort(0);
            out.flush();
            assertClosed(empty);
        }
        assertThat(unrouted).as("nothing of it reached ICE").isEmpty();
    }

    @Test
    void aTruncatedFrameIsDroppedWithItsConnection() throws Exception {
        try (Socket client = new Socket("127.0.0.1", mux.localPort())) {
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            out.writeShort(100);
            out.write(stunLike(10));
            out.flush();
            client.shutdownOutput();
            assertClosed(client);
        }
        assertThat(unrouted).isEmpty();
    }

    @Test
    void oneAddressGetsABoundedNumberOfConnections() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < IceTcpListener.MAX_PER_ADDRESS; i++) {
                Socket s = new Socket("127.0.0.1", mux.localPort());
                writeFrame(new DataOutputStream(s.getOutputStream()), stunLike(20));
                held.add(s);
            }
            for (int i = 0; i < IceTcpListener.MAX_PER_ADDRESS; i++) {
                assertThat(unrouted.poll(5, TimeUnit.SECONDS)).isNotNull();
            }
            try (Socket one = new Socket("127.0.0.1", mux.localPort())) {
                assertClosed(one);
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

}
