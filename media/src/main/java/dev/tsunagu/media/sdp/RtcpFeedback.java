package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * {@code a=rtcp-fb:<pt|*> <type> [<parameter>]} (RFC 4585 §4.2), for example {@code 96 nack pli}.
 * The payload type is text because {@code *} means every payload type.
 */
public record RtcpFeedback(String payloadType, String type, String parameter) implements Attribute {

    public static final String ANY_PAYLOAD_TYPE = "*";

    public RtcpFeedback {
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(type, "type");
    }

    static RtcpFeedback parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() < 2) {
            throw SdpSyntax.invalid("bad rtcp-fb: " + SdpSyntax.abbreviate(value));
        }
        String pt = f.get(0);
        if (!pt.equals(ANY_PAYLOAD_TYPE)) {
            SdpSyntax.parseInt(pt, 0, 127, "rtcp-fb payload type");
        }
        SdpSyntax.requireToken(f.get(1), "rtcp-fb type");
        String parameter = f.size() > 2 ? String.join(" ", f.subList(2, f.size())) : null;
        return new RtcpFeedback(pt, f.get(1), parameter);
    }

    /** Whether this applies to the given payload type. */
    public boolean appliesTo(int pt) {
        return payloadType.equals(ANY_PAYLOAD_TYPE) || payloadType.equals(Integer.toString(pt));
    }

    @Override
    public String sdpName() {
        return "rtcp-fb";
    }

    @Override
    public String sdpValue() {
        return parameter == null ? payloadType + " " + type : payloadType + " " + type + " " + parameter;
    }
}
