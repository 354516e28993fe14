package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * An ICE candidate (RFC 8839 §5.1):
 * {@code <foundation> <component> <transport> <priority> <address> <port> typ <type>
 * [raddr <address>] [rport <port>] *(<name> <value>)}. {@code relatedAddress} is {@code null} and
 * {@code relatedPort} is -1 when absent. Also the form trickled over signalling, so
 * {@link #parse(String)} is public.
 */
public record Candidate(
        String foundation,
        int component,
        String transport,
        long priority,
        String address,
        int port,
        String type,
        String relatedAddress,
        int relatedPort,
        List<Extension> extensions) implements Attribute {

    public static final String HOST = "host";
    public static final int RTP_COMPONENT = 1;

    /** An extension attribute such as {@code generation 0} or {@code tcptype passive}. */
    public record Extension(String name, String value) {
        public Extension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Candidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        extensions = List.copyOf(extensions);
    }

    /**
     * A host candidate for the RTP component with the highest host priority (RFC 8445 §5.1.2.1:
     * type preference 126, local preference 65535).
     */
    public static Candidate host(String foundation, String transport, String address, int port) {
        long priority = (126L << 24) | (65535L << 8) | (256 - RTP_COMPONENT);
        return new Candidate(foundation, RTP_COMPONENT, transport, priority, address, port, HOST, null, -1, List.of());
    }

    /**
     * An ICE-TCP passive host candidate (RFC 6544 §4.2, §4.5): below every UDP host candidate (type
     * preference 125), local preference 2^13 × 4 (passive) + 8191; no port of its own to announce
     * beyond the listening one.
     */
    public static Candidate passiveTcpHost(String foundation, String address, int port) {
        long localPreference = (1L << 13) * 4 + 8191;
        long priority = (125L << 24) | (localPreference << 8) | (256 - RTP_COMPONENT);
        return new Candidate(foundation, RTP_COMPONENT, "tcp", priority, address, port, HOST, null, -1,
                List.of(new Extension("tcptype", "passive")));
    }

    /**
     * Parses a candidate as found in {@code a=candidate:…}, or as trickled: with or without the
     * {@code a=} and {@code candidate:} prefixes.
     */
    public static Candidate parse(String text) throws MediaException {
        String value = text.strip();
        if (value.startsWith("a=")) {
            value = value.substring(2);
        }
        if (value.startsWith("candidate:")) {
            value = value.substring("candidate:".length());
        }
        List<String> f = SdpSyntax.fields(value);
        if (f.size() < 8 || !f.get(6).equals("typ")) {
            throw SdpSyntax.invalid("bad candidate: " + SdpSyntax.abbreviate(value));
        }
        String foundation = SdpSyntax.requireToken(f.get(0), "candidate foundation");
        int component = SdpSyntax.parseInt(f.get(1), 1, 256, "candidate component");
        String transport = SdpSyntax.requireToken(f.get(2), "candidate transport");
        long priority = SdpSyntax.parseLong(f.get(3), 0, 0xFFFF_FFFFL, "candidate priority");
        String address = f.get(4);
        int port = SdpSyntax.parseInt(f.get(5), 0, 65535, "candidate port");
        String type = SdpSyntax.requireToken(f.get(7), "candidate type");
        if ((f.size() - 8) % 2 != 0) {
            throw SdpSyntax.invalid("candidate extension without value: " + SdpSyntax.abbreviate(value));
        }
        String relatedAddress = null;
        int relatedPort = -1;
        List<Extension> extensions = new java.util.ArrayList<>();
        for (int i = 8; i < f.size(); i += 2) {
            String name = f.get(i);
            String v = f.get(i + 1);
            if (name.equals("raddr") && relatedAddress == null) {
                relatedAddress = v;
            } else if (name.equals("rport") && relatedPort < 0) {
                relatedPort = SdpSyntax.parseInt(v, 0, 65535, "candidate rport");
            } else {
                extensions.add(new Extension(SdpSyntax.requireToken(name, "candidate extension"), v));
            }
        }
        return new Candidate(foundation, component, transport, priority, address, port, type,
                relatedAddress, relatedPort, extensions);
    }

    public boolean isUdp() {
        return transport.equalsIgnoreCase("udp");
    }

    public String extension(String name) {
        for (Extension e : extensions) {
            if (e.name().equals(name)) {
                return e.value();
            }
        }
        return null;
    }

    @Override
    public String sdpName() {
        return "candidate";
    }

    @Override
    public String sdpValue() {
        StringBuilder sb = new StringBuilder(96)
                .append(foundation).append(' ').append(component).append(' ').append(transport)
                .append(' ').append(priority).append(' ').append(address).append(' ').append(port)
                .append(" typ ").append(type);
        if (relatedAddress != null) {
            sb.append(" raddr ").append(relatedAddress);
        }
        if (relatedPort >= 0) {
            sb.append(" rport ").append(relatedPort);
        }
        for (Extension e : extensions) {
            sb.append(' ').append(e.name()).append(' ').append(e.value());
        }
        return sb.toString();
    }
}
