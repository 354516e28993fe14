package dev.tsunagu.media.sdp;

import dev.tsunagu.media.video.VideoCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one offered video section for forwarding (JSEP, RFC 8829 §5.3): our codecs under the
 * offer's numbers, the feedback we act on (RFC 4585 nack and nack pli, RFC 5104 ccm fir, goog-remb),
 * and {@code sdes:mid} so BUNDLE can route the browser's packets by mid (RFC 8843 §15). RTX,
 * RED/ULPFEC, transport-cc and the other header extensions are left out: a lost packet is resent
 * on its own SSRC, and bitrate feedback is REMB (see {@code VideoRoom}).
 */
final class VideoSections {

    static final String NACK = "nack";
    static final String PLI = "pli";
    static final String CCM = "ccm";
    static final String FIR = "fir";
    static final String GOOG_REMB = "goog-remb";

    private VideoSections() {
    }

    /** What we accept of a section, or empty when it shares no codec with us. */
    static Optional<NegotiatedVideo> negotiate(MediaDescription offered, LocalVideoParameters local, Direction sessionDirection) {
        String mid = offered.mid().orElse(null);
        if (mid == null) {
            return Optional.empty(); // BUNDLE needs a mid on every section
        }
        Map<VideoCodec, Integer> codecs = new LinkedHashMap<>();
        for (VideoCodec codec : local.codecPreference()) {
            for (int pt : offered.payloadTypes()) {
                Optional<RtpMap> map = offered.rtpMap(pt);
                if (map.isPresent() && map.get().is(codec.encodingName(), VideoCodec.CLOCK_RATE, 1)
                        && codec.acceptsParameters(offered.fmtp(pt).map(Fmtp::parameterMap).orElse(Map.of()))) {
                    codecs.putIfAbsent(codec, pt);
                    break;
                }
            }
        }
        if (codecs.isEmpty()) {
            return Optional.empty();
        }
        Direction direction = offered.direction().or(() -> Optional.ofNullable(sessionDirection)).orElse(Direction.SENDRECV).answer();
        int first = codecs.values().iterator().next();
        List<RtcpFeedback> feedback = offered.rtcpFeedback(first);
        long remoteSsrc = direction.receives() && !offered.ssrcs().isEmpty() ? offered.ssrcs().getFirst() : -1;
        int midExtension = -1;
        for (ExtMap e : offered.extMaps()) {
            if (e.uri().equals(ExtMap.SDES_MID) && e.id() <= 14) {
                midExtension = e.id();
            }
        }
        long localSsrc = direction.sends() ? local.ssrcOfMid().applyAsLong(mid) : -1;
        return Optional.of(new NegotiatedVideo(mid, direction, codecs, remoteSsrc, midExtension, localSsrc,
                has(feedback, NACK, null), has(feedback, NACK, PLI), has(feedback, CCM, FIR), has(feedback, GOOG_REMB, null)));
    }

    private static boolean has(List<RtcpFeedback> feedback, String type, String parameter) {
        for (RtcpFeedback f : feedback) {
            if (f.type().equals(type) && java.util.Objects.equals(f.parameter(), parameter)) {
                return true;
            }
        }
        return false;
    }

    static MediaDescription section(MediaDescription offered, LocalMediaParameters local, NegotiatedVideo video) {
        List<String> formats = new ArrayList<>();
        List<Attribute> a = new ArrayList<>();
        // Every accepted section carries the candidate: whichever mid the browser takes as the BUNDLE tag has it.
        a.addAll(local.candidates());
        a.add(new FlagAttribute(FlagAttribute.END_OF_CANDIDATES));
        a.add(new TextAttribute(TextAttribute.ICE_UFRAG, local.iceUfrag()));
        a.add(new TextAttribute(TextAttribute.ICE_PWD, local.icePwd()));
        a.add(local.fingerprint());
        a.add(Setup.PASSIVE);
        a.add(new TextAttribute(TextAttribute.MID, video.mid()));
        if (video.midExtensionId() > 0) {
            a.add(new ExtMap(video.midExtensionId(), null, ExtMap.SDES_MID, null));
        }
        a.add(video.localDirection());
        String streamId = local.cname() + "-" + video.mid();
        String trackId = local.cname() + "-video-" + video.mid();
        if (video.sends()) {
            a.add(new Msid(streamId, trackId));
        }
        a.add(new FlagAttribute(FlagAttribute.RTCP_MUX));
        if (offered.rtcpRsize()) {
            a.add(new FlagAttribute(FlagAttribute.RTCP_RSIZE));
        }
        for (Map.Entry<VideoCodec, Integer> e : video.payloadTypes().entrySet()) {
            String pt = Integer.toString(e.getValue());
            formats.add(pt);
            a.add(new RtpMap(e.getValue(), e.getKey().encodingName(), VideoCodec.CLOCK_RATE, 1));
            if (video.remb()) {
                a.add(new RtcpFeedback(pt, GOOG_REMB, null));
            }
            if (video.fir()) {
                a.add(new RtcpFeedback(pt, CCM, FIR));
            }
            if (video.nack()) {
                a.add(new RtcpFeedback(pt, NACK, null));
            }
            if (video.pli()) {
                a.add(new RtcpFeedback(pt, NACK, PLI));
            }
            if (e.getKey().fmtp() != null) {
                a.add(new Fmtp(e.getValue(), e.getKey().fmtp()));
            }
        }
        if (video.sends()) {
            a.add(new SsrcAttribute(video.localSsrc(), SsrcAttribute.CNAME, local.cname()));
            a.add(new SsrcAttribute(video.localSsrc(), SsrcAttribute.MSID, streamId + " " + trackId));
        }
        return MediaDescription.of(MediaDescription.VIDEO, local.candidatePort(), offered.protocol(), formats,
                Connection.of(local.candidateAddress()), a);
    }
}
