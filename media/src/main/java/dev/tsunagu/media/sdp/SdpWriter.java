package dev.tsunagu.media.sdp;

/** Writes a {@link SessionDescription} as SDP text in RFC 8866 line order with {@code \r\n} ends. */
final class SdpWriter {

    private static final String CRLF = "\r\n";

    private SdpWriter() {
    }

    static String write(SessionDescription sd) {
        StringBuilder sb = new StringBuilder(2048);
        line(sb, 'v', Integer.toString(sd.version()));
        line(sb, 'o', sd.origin().sdpValue());
        line(sb, 's', sd.sessionName());
        optional(sb, 'i', sd.information());
        optional(sb, 'u', sd.uri());
        sd.emails().forEach(e -> line(sb, 'e', e));
        sd.phones().forEach(p -> line(sb, 'p', p));
        if (sd.connection() != null) {
            line(sb, 'c', sd.connection().sdpValue());
        }
        sd.bandwidths().forEach(b -> line(sb, 'b', b.sdpValue()));
        for (Timing t : sd.timings()) {
            line(sb, 't', t.start() + " " + t.stop());
            t.repeats().forEach(r -> line(sb, 'r', r));
        }
        optional(sb, 'z', sd.timeZones());
        optional(sb, 'k', sd.encryptionKey());
        sd.attributes().forEach(a -> line(sb, 'a', a.sdpText()));
        for (MediaDescription m : sd.media()) {
            writeMedia(sb, m);
        }
        return sb.toString();
    }

    private static void writeMedia(StringBuilder sb, MediaDescription m) {
        sb.append("m=").append(m.type()).append(' ').append(m.port());
        if (m.portCount() != 1) {
            sb.append('/').append(m.portCount());
        }
        sb.append(' ').append(m.protocol());
        for (String f : m.formats()) {
            sb.append(' ').append(f);
        }
        sb.append(CRLF);
        optional(sb, 'i', m.information());
        m.connections().forEach(c -> line(sb, 'c', c.sdpValue()));
        m.bandwidths().forEach(b -> line(sb, 'b', b.sdpValue()));
        optional(sb, 'k', m.encryptionKey());
        m.attributes().forEach(a -> line(sb, 'a', a.sdpText()));
    }

    private static void optional(StringBuilder sb, char type, String value) {
        if (value != null) {
            line(sb, type, value);
        }
    }

    private static void line(StringBuilder sb, char type, String value) {
        sb.append(type).append('=').append(value).append(CRLF);
    }
}
