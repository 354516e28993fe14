package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Answers a browser's WebRTC offer for one audio leg terminated by the engine (JSEP, RFC 8829):
 * ICE-lite with one host candidate, DTLS server ({@code setup:passive}), rtcp-mux, BUNDLE on the
 * accepted section, codecs in our preference order under the offer's payload type numbers. Without
 * {@link LocalVideoParameters} every other section (video, data channel, a second audio) is rejected
 * with port zero; with them, video sections are accepted for forwarding ({@link VideoSections}) and
 * bundled with the audio. Re-offers are answered the same way with the same credentials.
 */
public final class WebRtcAnswerer {

    static final String OPUS_FMTP = "minptime=10;useinbandfec=1";
    static final String TELEPHONE_EVENT = "telephone-event";
    static final String TELEPHONE_EVENT_FMTP = "0-15";
    private static final Connection NO_ADDRESS = new Connection("IN", "IP4", "0.0.0.0");

    private WebRtcAnswerer() {
    }

    public static WebRtcAnswer answer(SessionDescription offer, LocalMediaParameters local) throws MediaException {
        return answer(offer, local, null);
    }

    /** An answer that accepts video sections too when {@code video} is not null. */
    public static WebRtcAnswer answer(SessionDescription offer, LocalMediaParameters local, LocalVideoParameters video)
            throws MediaException {
        int audioIndex = findAudio(offer);
        if (audioIndex < 0) {
            throw SdpSyntax.invalid("offer has no DTLS-SRTP audio section");
        }
        MediaDescription audio = offer.media().get(audioIndex);
        Optional<String> mid = audio.mid();
        Optional<Group> bundle = offer.bundleGroup().filter(g -> mid.isPresent() && g.mids().contains(mid.get()));
        MediaDescription bundleTag = bundle.map(g -> offer.media(g.mids().getFirst())).orElse(null);
        List<Attributed> levels = new ArrayList<>();
        levels.add(audio);
        if (bundleTag != null) {
            levels.add(bundleTag);
        }
        levels.add(offer);

        String ufrag = firstOf(levels, Attributed::iceUfrag).orElseThrow(() -> SdpSyntax.invalid("offer has no ice-ufrag"));
        String pwd = firstOf(levels, Attributed::icePwd).orElseThrow(() -> SdpSyntax.invalid("offer has no ice-pwd"));
        Fingerprint fingerprint = remoteFingerprint(levels);
        Setup setup = firstOf(levels, Attributed::setup).orElse(Setup.ACTIVE);
        if (setup != Setup.ACTPASS && setup != Setup.ACTIVE) {
            throw SdpSyntax.invalid("offer wants setup:" + setup.sdpValue() + " but we are the DTLS server");
        }
        if (!audio.rtcpMux() && (bundleTag == null || !bundleTag.rtcpMux())) {
            throw SdpSyntax.invalid("offer does not multiplex RTCP (rtcp-mux)");
        }

        Map<AudioCodec, Integer> codecs = chooseCodecs(audio, local.codecPreference());
        if (codecs.isEmpty()) {
            throw SdpSyntax.invalid("no common audio codec in offer");
        }
        AudioCodec primary = codecs.keySet().iterator().next();
        OptionalInt telephoneEvent = telephoneEvent(audio, primary.clockRate());
        OptionalInt audioLevel = OptionalInt.empty();
        for (ExtMap e : audio.extMaps()) {
            if (e.uri().equals(ExtMap.AUDIO_LEVEL) && e.id() <= 14) {
                audioLevel = OptionalInt.of(e.id());
                break;
            }
        }
        Direction offered = audio.direction().or(offer::direction).orElse(Direction.SENDRECV);
        Direction direction = offered.answer();

        List<MediaDescription> media = new ArrayList<>();
        List<NegotiatedVideo> videos = new ArrayList<>();
        List<String> bundled = new ArrayList<>();
        Direction sessionDirection = offer.direction().orElse(null);
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            if (i == audioIndex) {
                media.add(audioSection(audio, local, codecs, telephoneEvent, audioLevel, direction));
                mid.ifPresent(bundled::add);
                continue;
            }
            Optional<NegotiatedVideo> accepted = video != null && videos.size() < video.maxSections() && isVideo(m, bundle)
                    ? VideoSections.negotiate(m, video, sessionDirection)
                    : Optional.empty();
            if (accepted.isPresent()) {
                videos.add(accepted.get());
                media.add(VideoSections.section(m, local, accepted.get()));
                bundled.add(accepted.get().mid());
            } else {
                media.add(rejected(m));
            }
        }
        List<Attribute> session = new ArrayList<>();
        session.add(new FlagAttribute(FlagAttribute.ICE_LITE));
        bundle.ifPresent(g -> session.add(new Group(Group.BUNDLE, bundled)));
        session.add(new MsidSemantic("WMS", direction.sends() ? List.of(local.streamId()) : List.of()));
        long version = video == null ? 2 : video.sessionVersion();
        Origin origin = new Origin("-", Long.toString(local.sessionId()), version, "IN", "IP4", "127.0.0.1");
        SessionDescription answer = SessionDescription.of(origin, "-", session, media);

        long firstSsrc = audio.ssrcs().isEmpty() ? -1 : audio.ssrcs().getFirst();
        NegotiatedAudio negotiated = new NegotiatedAudio(mid.orElse(null), primary, codecs.get(primary),
                payloadType(codecs, AudioCodec.OPUS), payloadType(codecs, AudioCodec.PCMU),
                payloadType(codecs, AudioCodec.PCMA), telephoneEvent, audioLevel, direction, audio.rtcpRsize(),
                ufrag, pwd, fingerprint, setup, audio.ssrcs(), audio.cname(firstSsrc).orElse(null),
                audio.candidates());
        return new WebRtcAnswer(answer, negotiated, videos);
    }

    /** A live DTLS-SRTP video section in the audio's BUNDLE group: we forward only on the one transport. */
    private static boolean isVideo(MediaDescription m, Optional<Group> bundle) {
        return m.type().equals(MediaDescription.VIDEO) && !m.isRejected() && isDtlsSrtp(m.protocol())
                && m.mid().isPresent() && bundle.isPresent() && bundle.get().mids().contains(m.mid().get());
    }

    private static int findAudio(SessionDescription offer) {
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            if (m.type().equals(MediaDescription.AUDIO) && !m.isRejected() && isDtlsSrtp(m.protocol())) {
                return i;
            }
        }
        return -1;
    }

    /** UDP/TLS/RTP/SAVPF as JSEP writes it, and the older RTP/SAVPF that still meant DTLS-SRTP. */
    private static boolean isDtlsSrtp(String protocol) {
        return switch (protocol) {
            case "UDP/TLS/RTP/SAVPF", "UDP/TLS/RTP/SAVP", "RTP/SAVPF" -> true;
            default -> false;
        };
    }

    private static <T> Optional<T> firstOf(List<Attributed> levels, java.util.function.Function<Attributed, Optional<T>> get) {
        for (Attributed level : levels) {
            Optional<T> v = get.apply(level);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** SHA-256 if offered (what browsers use), else the first fingerprint. */
    private static Fingerprint remoteFingerprint(List<Attributed> levels) throws MediaException {
        for (Attributed level : levels) {
            List<Fingerprint> all = level.fingerprints();
            if (!all.isEmpty()) {
                return all.stream().filter(f -> f.algorithm().equals("sha-256")).findFirst().orElse(all.getFirst());
            }
        }
        throw SdpSyntax.invalid("offer has no DTLS fingerprint");
    }

    static Map<AudioCodec, Integer> chooseCodecs(MediaDescription audio, List<AudioCodec> preference) {
        Map<AudioCodec, Integer> chosen = new LinkedHashMap<>();
        for (AudioCodec codec : preference) {
            for (int pt : audio.payloadTypes()) {
                Optional<RtpMap> map = audio.rtpMap(pt);
                boolean match = map.isPresent() ? map.get().is(codec.encodingName(), codec.clockRate(), codec.channels()) : pt == codec.staticPayloadType();
                if (match) {
                    chosen.putIfAbsent(codec, pt);
                    break;
                }
            }
        }
        return chosen;
    }

    private static OptionalInt telephoneEvent(MediaDescription audio, int clockRate) {
        for (int pt : audio.payloadTypes()) {
            Optional<RtpMap> map = audio.rtpMap(pt);
            if (map.isPresent() && map.get().is(TELEPHONE_EVENT, clockRate, 1)) {
                return OptionalInt.of(pt);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt payloadType(Map<AudioCodec, Integer> codecs, AudioCodec codec) {
        Integer pt = codecs.get(codec);
        return pt == null ? OptionalInt.empty() : OptionalInt.of(pt);
    }

    private static MediaDescription audioSection(MediaDescription offered, LocalMediaParameters local,
                                                 Map<AudioCodec, Integer> codecs, OptionalInt telephoneEvent,
                                                 OptionalInt audioLevel, Direction direction) {
        List<String> formats = new ArrayList<>();
        List<Attribute> a = new ArrayList<>();
        a.addAll(local.candidates());
        a.add(new FlagAttribute(FlagAttribute.END_OF_CANDIDATES));
        a.add(new TextAttribute(TextAttribute.ICE_UFRAG, local.iceUfrag()));
        a.add(new TextAttribute(TextAttribute.ICE_PWD, local.icePwd()));
        a.add(local.fingerprint());
        a.add(Setup.PASSIVE);
        offered.mid().ifPresent(mid -> a.add(new TextAttribute(TextAttribute.MID, mid)));
        audioLevel.ifPresent(id -> a.add(new ExtMap(id, null, ExtMap.AUDIO_LEVEL, null)));
        a.add(direction);
        if (direction.sends()) {
            a.add(new Msid(local.streamId(), local.trackId()));
        }
        a.add(new FlagAttribute(FlagAttribute.RTCP_MUX));
        if (offered.rtcpRsize()) {
            a.add(new FlagAttribute(FlagAttribute.RTCP_RSIZE));
        }
        for (Map.Entry<AudioCodec, Integer> e : codecs.entrySet()) {
            int pt = e.getValue();
            formats.add(Integer.toString(pt));
            a.add(new RtpMap(pt, e.getKey().encodingName(), e.getKey().clockRate(), e.getKey().channels()));
            if (e.getKey() == AudioCodec.OPUS) {
                a.add(new Fmtp(pt, OPUS_FMTP));
            }
        }
        if (telephoneEvent.isPresent()) {
            int pt = telephoneEvent.getAsInt();
            int rate = codecs.keySet().iterator().next().clockRate();
            formats.add(Integer.toString(pt));
            a.add(new RtpMap(pt, TELEPHONE_EVENT, rate, 1));
            a.add(new Fmtp(pt, TELEPHONE_EVENT_FMTP));
        }
        if (direction.sends()) {
            a.add(new SsrcAttribute(local.ssrc(), SsrcAttribute.CNAME, local.cname()));
            a.add(new SsrcAttribute(local.ssrc(), SsrcAttribute.MSID, local.streamId() + " " + local.trackId()));
        }
        return MediaDescription.of(MediaDescription.AUDIO, local.candidatePort(), offered.protocol(), formats,
                Connection.of(local.candidateAddress()), a);
    }

    /** Port zero, the offer's first format (a section needs one), its mid; inactive if it is RTP. */
    private static MediaDescription rejected(MediaDescription offered) {
        List<Attribute> a = new ArrayList<>();
        offered.mid().ifPresent(mid -> a.add(new TextAttribute(TextAttribute.MID, mid)));
        if (offered.protocol().contains("RTP/")) {
            a.add(Direction.INACTIVE);
        }
        List<String> formats = offered.formats().isEmpty() ? List.of() : List.of(offered.formats().getFirst());
        return MediaDescription.of(offered.type(), 0, offered.protocol(), formats, NO_ADDRESS, a);
    }
}
