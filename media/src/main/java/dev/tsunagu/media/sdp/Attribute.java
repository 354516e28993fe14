package dev.tsunagu.media.sdp;

/**
 * One {@code a=} line. The kinds WebRTC needs are typed; everything else is kept verbatim as a
 * {@link FlagAttribute} or {@link TextAttribute} so that it is written back unchanged and in order.
 */
public sealed interface Attribute
        permits FlagAttribute, TextAttribute, Direction, Setup, Fingerprint, Group, MsidSemantic,
                IceOptions, RtpMap, Fmtp, RtcpFeedback, ExtMap, SsrcAttribute, Msid, Candidate, RtcpAttribute {

    /** The attribute name, the part before the colon. */
    String sdpName();

    /** The attribute value, the part after the colon, or {@code null} for a property attribute. */
    String sdpValue();

    /** The attribute as written on its line, without {@code a=}. */
    default String sdpText() {
        String value = sdpValue();
        return value == null ? sdpName() : sdpName() + ":" + value;
    }
}
