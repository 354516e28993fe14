package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * {@code a=rtpmap:<pt> <encoding>/<clock rate>[/<channels>]} (RFC 8866 §6.6). A missing channel
 * count means one; one is not written back, as browsers do not write it.
 */
public record RtpMap(int payloadType, String encoding, int clockRate, int channels) implements Attribute {

    public RtpMap {
        Objects.requireNonNull(encoding, "encoding");
        if (payloadType < 0 || payloadType > 127 || clockRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("bad rtpmap " + payloadType + " " + encoding + "/" + clockRate);
        }
    }

    static RtpMap parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 2) {
            throw SdpSyntax.invalid("bad rtpmap: " + SdpSyntax.abbreviate(value));
        }
        int pt = SdpSyntax.parseInt(f.get(0), 0, 127, "rtpmap payload type");
        String[] parts = f.get(1).split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw SdpSyntax.invalid("bad rtpmap encoding: " + SdpSyntax.abbreviate(f.get(1)));
        }
        SdpSyntax.requireToken(parts[0], "rtpmap encoding name");
        int clock = SdpSyntax.parseInt(parts[1], 1, Integer.MAX_VALUE, "rtpmap clock rate");
        int channels = parts.length == 3 ? SdpSyntax.parseInt(parts[2], 1, 255, "rtpmap channels") : 1;
        return new RtpMap(pt, parts[0], clock, channels);
    }

    /** Whether this maps the named codec at the given rate and channel count (names are case-insensitive). */
    public boolean is(String name, int rate, int channelCount) {
        return encoding.equalsIgnoreCase(name) && clockRate == rate && channels == channelCount;
    }

    @Override
    public String sdpName() {
        return "rtpmap";
    }

    @Override
    public String sdpValue() {
        String base = payloadType + " " + encoding + "/" + clockRate;
        return channels == 1 ? base : base + "/" + channels;
    }
}
