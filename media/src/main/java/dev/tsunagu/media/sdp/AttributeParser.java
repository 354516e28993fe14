package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;

/** Turns the text after {@code a=} into the typed attribute for its name. */
final class AttributeParser {

    private AttributeParser() {
    }

    static Attribute parse(String text) throws MediaException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            String name = text.strip();
            SdpSyntax.requireToken(name, "attribute name");
            Direction direction = Direction.fromName(name);
            return direction != null ? direction : new FlagAttribute(name);
        }
        String name = SdpSyntax.requireToken(text.substring(0, colon), "attribute name");
        String value = text.substring(colon + 1);
        return switch (name) {
            case "setup" -> Setup.parse(value);
            case "fingerprint" -> Fingerprint.parse(value);
            case "group" -> Group.parse(value);
            case "msid-semantic" -> MsidSemantic.parse(value);
            case "ice-options" -> IceOptions.parse(value);
            case "rtpmap" -> RtpMap.parse(value);
            case "fmtp" -> startsWithPayloadType(value) ? Fmtp.parse(value) : new TextAttribute(name, value);
            case "rtcp-fb" -> RtcpFeedback.parse(value);
            case "extmap" -> ExtMap.parse(value);
            case "ssrc" -> SsrcAttribute.parse(value);
            case "msid" -> Msid.parse(value);
            case "candidate" -> Candidate.parse(value);
            case "rtcp" -> rtcp(value);
            case TextAttribute.MID, TextAttribute.ICE_UFRAG, TextAttribute.ICE_PWD -> requireText(name, value);
            default -> new TextAttribute(name, value);
        };
    }

    private static TextAttribute requireText(String name, String value) throws MediaException {
        String v = value.strip();
        if (v.isEmpty() || v.indexOf(' ') >= 0 || v.indexOf('\t') >= 0) {
            throw SdpSyntax.invalid("bad " + name + ": " + SdpSyntax.abbreviate(value));
        }
        return new TextAttribute(name, v);
    }

    /** An {@code a=rtcp} this model cannot read stays text: only plain RTP legs use it, and they fall back to port + 1. */
    private static Attribute rtcp(String value) {
        try {
            return RtcpAttribute.parse(value);
        } catch (MediaException e) {
            return new TextAttribute("rtcp", value);
        }
    }

    /** fmtp also appears with non-RTP formats (old data channel SDP); those stay text. */
    private static boolean startsWithPayloadType(String value) {
        var fields = SdpSyntax.fields(value);
        if (fields.isEmpty() || !SdpSyntax.isDigits(fields.get(0)) || fields.get(0).length() > 3) {
            return false;
        }
        return Integer.parseInt(fields.get(0)) <= 127;
    }
}
