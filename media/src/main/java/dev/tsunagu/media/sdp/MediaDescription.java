package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One media section: {@code m=<media> <port>[/<count>] <proto> <fmt> …} and the lines under it.
 * {@code information} and {@code encryptionKey} are {@code null} when absent; a port count of one
 * is not written.
 */
public record MediaDescription(
        String type,
        int port,
        int portCount,
        String protocol,
        List<String> formats,
        String information,
        List<Connection> connections,
        List<Bandwidth> bandwidths,
        String encryptionKey,
        List<Attribute> attributes) implements Attributed {

    public static final String AUDIO = "audio";
    public static final String VIDEO = "video";
    public static final String APPLICATION = "application";

    public MediaDescription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(protocol, "protocol");
        formats = List.copyOf(formats);
        connections = List.copyOf(connections);
        bandwidths = List.copyOf(bandwidths);
        attributes = List.copyOf(attributes);
        if (port < 0 || port > 65535 || portCount < 1) {
            throw new IllegalArgumentException("bad media port " + port + "/" + portCount);
        }
    }

    /** A section with one connection line and the given attributes, as an answer writes it. */
    public static MediaDescription of(String type, int port, String protocol, List<String> formats,
                                      Connection connection, List<Attribute> attributes) {
        return new MediaDescription(type, port, 1, protocol, formats, null,
                connection == null ? List.of() : List.of(connection), List.of(), null, attributes);
    }

    static MediaDescription parseMediaLine(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() < 3) {
            throw SdpSyntax.invalid("bad media line: " + SdpSyntax.abbreviate(value));
        }
        String type = SdpSyntax.requireToken(f.get(0), "media type");
        String portText = f.get(1);
        int count = 1;
        int slash = portText.indexOf('/');
        if (slash >= 0) {
            count = SdpSyntax.parseInt(portText.substring(slash + 1), 1, 65535, "port count");
            portText = portText.substring(0, slash);
        }
        int port = SdpSyntax.parseInt(portText, 0, 65535, "media port");
        String proto = f.get(2);
        for (String part : proto.split("/", -1)) {
            SdpSyntax.requireToken(part, "media protocol");
        }
        List<String> formats = f.subList(3, f.size());
        return new MediaDescription(type, port, count, proto, formats, null, List.of(), List.of(), null, List.of());
    }

    /** A port of zero marks a rejected (or disabled) section. */
    public boolean isRejected() {
        return port == 0;
    }

    /** The first connection line, or {@code null}. */
    public Connection connection() {
        return connections.isEmpty() ? null : connections.getFirst();
    }

    /** The formats that are RTP payload type numbers, in order. */
    public List<Integer> payloadTypes() {
        List<Integer> out = new ArrayList<>();
        for (String f : formats) {
            if (SdpSyntax.isDigits(f) && f.length() <= 3 && Integer.parseInt(f) <= 127) {
                out.add(Integer.parseInt(f));
            }
        }
        return out;
    }

    public MediaDescription withPort(int newPort) {
        return new MediaDescription(type, newPort, portCount, protocol, formats, information, connections,
                bandwidths, encryptionKey, attributes);
    }

    public MediaDescription withAttributes(List<Attribute> newAttributes) {
        return new MediaDescription(type, port, portCount, protocol, formats, information, connections,
                bandwidths, encryptionKey, newAttributes);
    }

    MediaDescription withLines(String newInformation, List<Connection> newConnections,
                               List<Bandwidth> newBandwidths, String newKey, List<Attribute> newAttributes) {
        return new MediaDescription(type, port, portCount, protocol, formats, newInformation, newConnections,
                newBandwidths, newKey, newAttributes);
    }
}
