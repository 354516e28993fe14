package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * A session description (RFC 8866): session-level lines, session attributes and media sections.
 * Optional single lines ({@code i=}, {@code u=}, {@code c=}, {@code z=}, {@code k=}) are
 * {@code null} when absent.
 */
public record SessionDescription(
        int version,
        Origin origin,
        String sessionName,
        String information,
        String uri,
        List<String> emails,
        List<String> phones,
        Connection connection,
        List<Bandwidth> bandwidths,
        List<Timing> timings,
        String timeZones,
        String encryptionKey,
        List<Attribute> attributes,
        List<MediaDescription> media) implements Attributed {

    public SessionDescription {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sessionName, "sessionName");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        bandwidths = List.copyOf(bandwidths);
        timings = List.copyOf(timings);
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
    }

    /** A WebRTC-style description: {@code v=0}, {@code t=0 0}, no optional session lines. */
    public static SessionDescription of(Origin origin, String sessionName, List<Attribute> attributes,
                                        List<MediaDescription> media) {
        return new SessionDescription(0, origin, sessionName, null, null, List.of(), List.of(), null,
                List.of(), List.of(Timing.UNBOUNDED), null, null, attributes, media);
    }

    /** Parses SDP text; accepts {@code \n} or {@code \r\n} line ends. */
    public static SessionDescription parse(String sdp) throws MediaException {
        return SdpParser.parse(sdp);
    }

    /** Writes SDP text with {@code \r\n} line ends. */
    public String toSdp() {
        return SdpWriter.write(this);
    }

    /** The media section with this {@code a=mid}, or {@code null}. */
    public MediaDescription media(String mid) {
        for (MediaDescription m : media) {
            if (m.mid().filter(mid::equals).isPresent()) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return toSdp();
    }
}
