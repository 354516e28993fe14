package dev.tsunagu.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** A bare UDP SIP client for messages no well-behaved phone sends: it writes text and reads what comes back. */
final class RawSip implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    final String localHost;

    RawSip(String host, int port) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0));
        server = new InetSocketAddress(host, port);
        localHost = host;
    }

    int localPort() {
        return socket.getLocalPort();
    }

    void send(String message) throws IOException {
        byte[] b = message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(b, b.length, server));
    }

    /** The next message within {@code millis}, or empty (silence is an answer too: blocked sources get it). */
    Optional<String> receive(int millis) throws IOException {
        byte[] buf = new byte[65536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.setSoTimeout(millis);
        try {
            socket.receive(p);
            return Optional.of(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    /** The first final-or-error status to our request (skipping 100 Trying). */
    Optional<Integer> status(int millis) throws IOException {
        while (true) {
            Optional<String> m = receive(millis);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            if (m.get().startsWith("SIP/2.0 ")) {
                int code = Integer.parseInt(m.get().substring(8, 11));
                if (code != 100) {
                    return Optional.of(code);
                }
            }
        }
    }

    String register(String user, String extraHeaders) {
        return request("REGISTER", "sip:" + server.getHostString(), user, user, extraHeaders + "Contact: <sip:" + user + "@" + localHost + ":"
                + localPort() + ">\nExpires: 300\n", "");
    }

    String invite(String from, String to, String extraHeaders) {
        String sdp = "v=0\no=- 1 1 IN IP4 " + localHost + "\ns=-\nc=IN IP4 " + localHost + "\nt=0 0\nm=audio 7000 RTP/AVP 0\n";
        return request("INVITE", "sip:" + to + "@" + server.getHostString() + ":" + server.getPort(), from, to,
                extraHeaders + "Contact: <sip:" + from + "@" + localHost + ":" + localPort() + ">\nContent-Type: application/sdp\n", sdp);
    }

    String request(String method, String uri, String from, String to, String extraHeaders, String body) {
        return method + " " + uri + " SIP/2.0\n"
                + "Via: SIP/2.0/UDP " + localHost + ":" + localPort() + ";branch=z9hG4bK" + UUID.randomUUID() + "\n"
                + "From: <sip:" + from + "@" + server.getHostString() + ">;tag=" + UUID.randomUUID().toString().substring(0, 8) + "\n"
                + "To: <sip:" + to + "@" + server.getHostString() + ">\n"
                + "Call-ID: " + UUID.randomUUID() + "\n"
                + "CSeq: 1 " + method + "\n"
                + "Max-Forwards: 70\n"
                + extraHeaders
                + "Content-Length: " + body.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8).length + "\n\n" + body;
    }

    @Override
    public void close() {
        socket.close();
    }
}
