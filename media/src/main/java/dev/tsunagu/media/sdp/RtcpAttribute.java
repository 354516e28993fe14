package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;

/**
 * {@code a=rtcp:<port> [<nettype> <addrtype> <address>]} (RFC 3605): where the peer receives RTCP
 * when it is not on the RTP port plus one. {@code connection} is {@code null} when only a port is
 * given (the address is then the media's).
 */
public record RtcpAttribute(int port, Connection connection) implements Attribute {

    public RtcpAttribute {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad rtcp port " + port);
        }
    }

    static RtcpAttribute parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 1 && f.size() != 4) {
            throw SdpSyntax.invalid("bad rtcp: " + SdpSyntax.abbreviate(value));
        }
        int port = SdpSyntax.parseInt(f.get(0), 0, 65535, "rtcp port");
        Connection connection = f.size() == 4
                ? new Connection(SdpSyntax.requireToken(f.get(1), "rtcp nettype"), SdpSyntax.requireToken(f.get(2), "rtcp addrtype"), f.get(3))
                : null;
        return new RtcpAttribute(port, connection);
    }

    @Override
    public String sdpName() {
        return "rtcp";
    }

    @Override
    public String sdpValue() {
        return connection == null ? Integer.toString(port) : port + " " + connection.sdpValue();
    }
}
