package dev.tsunagu.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to an ordered attribute list, shared by the session level and media sections.
 * Lookups are linear: a media section has a few dozen attributes and is read once per negotiation.
 */
public interface Attributed {

    List<Attribute> attributes();

    default <T extends Attribute> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Attribute a : attributes()) {
            if (kind.isInstance(a)) {
                out.add(kind.cast(a));
            }
        }
        return out;
    }

    default <T extends Attribute> Optional<T> first(Class<T> kind) {
        for (Attribute a : attributes()) {
            if (kind.isInstance(a)) {
                return Optional.of(kind.cast(a));
            }
        }
        return Optional.empty();
    }

    /** Whether any attribute has this name, with or without a value. */
    default boolean has(String name) {
        for (Attribute a : attributes()) {
            if (a.sdpName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the first attribute kept as text under this name. */
    default Optional<String> text(String name) {
        for (Attribute a : attributes()) {
            if (a instanceof TextAttribute t && t.name().equals(name)) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }

    default Optional<String> mid() {
        return text(TextAttribute.MID);
    }

    default Optional<String> iceUfrag() {
        return text(TextAttribute.ICE_UFRAG);
    }

    default Optional<String> icePwd() {
        return text(TextAttribute.ICE_PWD);
    }

    default Optional<IceOptions> iceOptions() {
        return first(IceOptions.class);
    }

    default boolean iceLite() {
        return has(FlagAttribute.ICE_LITE);
    }

    default boolean rtcpMux() {
        return has(FlagAttribute.RTCP_MUX);
    }

    default boolean rtcpRsize() {
        return has(FlagAttribute.RTCP_RSIZE);
    }

    default boolean endOfCandidates() {
        return has(FlagAttribute.END_OF_CANDIDATES);
    }

    default List<Fingerprint> fingerprints() {
        return all(Fingerprint.class);
    }

    default Optional<Setup> setup() {
        return first(Setup.class);
    }

    /** The direction written at this level, if any (absent means the other level's, or sendrecv). */
    default Optional<Direction> direction() {
        return first(Direction.class);
    }

    default List<Group> groups() {
        return all(Group.class);
    }

    default Optional<Group> bundleGroup() {
        for (Group g : groups()) {
            if (g.isBundle()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    default Optional<MsidSemantic> msidSemantic() {
        return first(MsidSemantic.class);
    }

    default List<RtpMap> rtpMaps() {
        return all(RtpMap.class);
    }

    default Optional<RtpMap> rtpMap(int payloadType) {
        for (RtpMap m : rtpMaps()) {
            if (m.payloadType() == payloadType) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    default Optional<Fmtp> fmtp(int payloadType) {
        for (Fmtp f : all(Fmtp.class)) {
            if (f.payloadType() == payloadType) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    default List<RtcpFeedback> rtcpFeedback(int payloadType) {
        List<RtcpFeedback> out = new ArrayList<>();
        for (RtcpFeedback f : all(RtcpFeedback.class)) {
            if (f.appliesTo(payloadType)) {
                out.add(f);
            }
        }
        return out;
    }

    default List<ExtMap> extMaps() {
        return all(ExtMap.class);
    }

    default List<SsrcAttribute> ssrcAttributes() {
        return all(SsrcAttribute.class);
    }

    /** The distinct SSRCs named by {@code a=ssrc} lines, in order of appearance. */
    default List<Long> ssrcs() {
        List<Long> out = new ArrayList<>();
        for (SsrcAttribute s : ssrcAttributes()) {
            if (!out.contains(s.ssrc())) {
                out.add(s.ssrc());
            }
        }
        return out;
    }

    /** The CNAME of an SSRC from {@code a=ssrc:<ssrc> cname:…}. */
    default Optional<String> cname(long ssrc) {
        for (SsrcAttribute s : ssrcAttributes()) {
            if (s.ssrc() == ssrc && s.attribute().equals(SsrcAttribute.CNAME) && s.value() != null) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }

    default Optional<Msid> msid() {
        return first(Msid.class);
    }

    /** {@code a=rtcp} (RFC 3605), if written at this level and readable. */
    default Optional<RtcpAttribute> rtcpAddress() {
        return first(RtcpAttribute.class);
    }

    /** {@code a=ptime} in whole milliseconds (a fraction is cut off); empty when absent or unreadable. */
    default java.util.OptionalInt ptime() {
        return text("ptime").map(v -> {
            String digits = v.strip();
            int end = 0;
            while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
                end++;
            }
            return end == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(digits.substring(0, end)));
        }).orElse(java.util.OptionalInt.empty());
    }

    default List<Candidate> candidates() {
        return all(Candidate.class);
    }
}
