package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Offer/answer (RFC 3264) for a plain RTP audio leg, as SIP phones and trunks speak it: RTP/AVP
 * without encryption, one G.711 codec, RFC 4733 telephone-event at 8 kHz, 20 ms packets, RTCP on
 * the RTP port plus one unless the peer offers rtcp-mux. The answerer keeps the offerer's codec
 * order (the common SIP habit) and answers with exactly one codec, so nobody switches codec
 * mid-call. Every other media section is rejected with port zero.
 */
public final class PlainRtpNegotiator {

    /** The dynamic payload type we offer telephone-event under (the number most SIP stacks use). */
    public static final int TELEPHONE_EVENT_PT = 101;
    /** The packet duration we send and ask for. */
    public static final int PTIME = 20;
    static final String TELEPHONE_EVENT = "telephone-event";
    /** The DTMF events we send and understand: 0-9, *, #, A-D. */
    static final String TELEPHONE_EVENT_FMTP = "0-15";
    private static final int EVENT_RATE = 8_000;
    private static final Connection NO_ADDRESS = new Connection("IN", "IP4", "0.0.0.0");

    private record Choice(AudioCodec codec, int payloadType) {
    }

    private PlainRtpNegotiator() {
    }

    /** Our offer (an INVITE without SDP, or our re-INVITE): every codec we speak and telephone-event. */
    public static SessionDescription offer(PlainRtpLocal local, Direction direction) {
        List<Choice> codecs = new ArrayList<>();
        for (AudioCodec codec : local.codecs()) {
            codecs.add(new Choice(codec, codec.staticPayloadType()));
        }
        MediaDescription audio = audioSection(local, "RTP/AVP", codecs, OptionalInt.of(TELEPHONE_EVENT_PT), direction, false);
        return session(local, List.of(audio));
    }

    /** Answers a peer's offer (an INVITE or re-INVITE). */
    public static PlainRtpAnswer answer(SessionDescription offer, PlainRtpLocal local) throws MediaException {
        int index = findAudio(offer);
        MediaDescription audio = offer.media().get(index);
        Choice choice = chooseCodec(audio, local.codecs()).orElseThrow(() -> SdpSyntax.invalid(
                "no common audio codec: the offer has " + describe(audio) + ", we speak " + local.codecs()));
        OptionalInt telephoneEvent = telephoneEvent(audio);
        Remote remote = remote(offer, audio);
        Direction offered = audio.direction().or(offer::direction).orElse(Direction.SENDRECV);
        Direction answered = offered.answer();
        Direction ours = remote.held() ? Direction.of(false, answered.receives()) : answered;

        List<MediaDescription> media = new ArrayList<>();
        for (int i = 0; i < offer.media().size(); i++) {
            media.add(i == index
                    ? audioSection(local, audio.protocol(), List.of(choice), telephoneEvent, ours, audio.rtcpMux())
                    : rejected(offer.media().get(i)));
        }
        NegotiatedRtp negotiated = new NegotiatedRtp(choice.codec(), choice.payloadType(), telephoneEvent, remote.address(),
                remote.port(), remote.rtcpAddress(), remote.rtcpPort(), audio.rtcpMux(), ours, audio.ptime());
        return new PlainRtpAnswer(session(local, media), negotiated);
    }

    /** Reads the peer's answer to {@code ourOffer} (made by {@link #offer}). */
    public static NegotiatedRtp acceptAnswer(SessionDescription ourOffer, SessionDescription answer) throws MediaException {
        if (answer.media().isEmpty() || !answer.media().getFirst().type().equals(MediaDescription.AUDIO)) {
            throw SdpSyntax.invalid("the answer has no audio section in our offer's place");
        }
        MediaDescription audio = answer.media().getFirst();
        if (audio.isRejected()) {
            throw SdpSyntax.invalid("the peer rejected the audio stream (port zero)");
        }
        MediaDescription offered = ourOffer.media().getFirst();
        List<AudioCodec> ours = new ArrayList<>();
        for (int pt : offered.payloadTypes()) {
            codecOf(offered, pt).ifPresent(ours::add);
        }
        Choice choice = chooseCodec(audio, ours).orElseThrow(() -> SdpSyntax.invalid(
                "the answer has no codec we offered: " + describe(audio)));
        Remote remote = remote(answer, audio);
        Direction mine = offered.direction().orElse(Direction.SENDRECV);
        Direction theirs = audio.direction().or(answer::direction).orElse(Direction.SENDRECV);
        Direction local = Direction.of(mine.sends() && theirs.receives() && !remote.held(), mine.receives() && theirs.sends());
        return new NegotiatedRtp(choice.codec(), choice.payloadType(), telephoneEvent(audio), remote.address(), remote.port(),
                remote.rtcpAddress(), remote.rtcpPort(), audio.rtcpMux(), local, audio.ptime());
    }

    private static int findAudio(SessionDescription offer) throws MediaException {
        boolean encrypted = false;
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            if (!m.type().equals(MediaDescription.AUDIO) || m.isRejected()) {
                continue;
            }
            if (m.protocol().equals("RTP/AVP") || m.protocol().equals("RTP/AVPF")) {
                return i;
            }
            encrypted |= m.protocol().contains("SAVP");
        }
        if (encrypted) {
            throw new MediaException(MediaException.Reason.UNSUPPORTED, "the offer's audio is encrypted (SAVP); plain RTP legs speak RTP/AVP");
        }
        throw SdpSyntax.invalid("the offer has no RTP/AVP audio section");
    }

    /** The first payload type of the section (its owner's preference) that is one of {@code codecs}. */
    private static Optional<Choice> chooseCodec(MediaDescription audio, List<AudioCodec> codecs) {
        for (int pt : audio.payloadTypes()) {
            Optional<AudioCodec> codec = codecOf(audio, pt);
            if (codec.isPresent() && codecs.contains(codec.get())) {
                return Optional.of(new Choice(codec.get(), pt));
            }
        }
        return Optional.empty();
    }

    /** The G.711 codec a payload type maps to: by its rtpmap, or by the static number when it has none. */
    private static Optional<AudioCodec> codecOf(MediaDescription audio, int pt) {
        Optional<RtpMap> map = audio.rtpMap(pt);
        for (AudioCodec codec : PlainRtpLocal.G711) {
            boolean match = map.isPresent() ? map.get().is(codec.encodingName(), codec.clockRate(), codec.channels())
                    : pt == codec.staticPayloadType();
            if (match) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    private static OptionalInt telephoneEvent(MediaDescription audio) {
        for (int pt : audio.payloadTypes()) {
            Optional<RtpMap> map = audio.rtpMap(pt);
            if (map.isPresent() && map.get().is(TELEPHONE_EVENT, EVENT_RATE, 1)) {
                return OptionalInt.of(pt);
            }
        }
        return OptionalInt.empty();
    }

    private static String describe(MediaDescription audio) {
        List<String> names = new ArrayList<>();
        for (int pt : audio.payloadTypes()) {
            names.add(audio.rtpMap(pt).map(m -> m.encoding() + "/" + m.clockRate()).orElse("payload type " + pt));
        }
        return names.isEmpty() ? "no formats" : String.join(", ", names);
    }

    private record Remote(String address, int port, String rtcpAddress, int rtcpPort) {
        boolean held() {
            return NegotiatedRtp.isUnspecified(address) || port == 0;
        }
    }

    private static Remote remote(SessionDescription sd, MediaDescription audio) throws MediaException {
        Connection c = audio.connection() != null ? audio.connection() : sd.connection();
        if (c == null) {
            throw SdpSyntax.invalid("no connection address for the audio");
        }
        String address = literal(c);
        int port = audio.port();
        Optional<RtcpAttribute> rtcp = audio.rtcpAddress();
        String rtcpAddress = rtcp.isPresent() && rtcp.get().connection() != null ? literal(rtcp.get().connection()) : address;
        int rtcpPort = rtcp.map(RtcpAttribute::port).orElse(Math.min(port + 1, 65535));
        return new Remote(address, port, rtcpAddress, rtcpPort);
    }

    /** Media goes to IP literals only: a host name would mean a DNS lookup on the signalling path. */
    private static String literal(Connection c) throws MediaException {
        if (!c.netType().equals("IN") || !(c.addressType().equals("IP4") || c.addressType().equals("IP6"))) {
            throw SdpSyntax.invalid("unsupported connection " + c.sdpValue());
        }
        try {
            return InetAddress.ofLiteral(c.address()).getHostAddress();
        } catch (IllegalArgumentException e) {
            throw SdpSyntax.invalid("the connection address is not a unicast IP address: " + SdpSyntax.abbreviate(c.address()));
        }
    }

    private static MediaDescription audioSection(PlainRtpLocal local, String protocol, List<Choice> codecs,
                                                 OptionalInt telephoneEvent, Direction direction, boolean rtcpMux) {
        List<String> formats = new ArrayList<>();
        List<Attribute> a = new ArrayList<>();
        for (Choice c : codecs) {
            formats.add(Integer.toString(c.payloadType()));
            a.add(new RtpMap(c.payloadType(), c.codec().encodingName(), c.codec().clockRate(), c.codec().channels()));
        }
        telephoneEvent.ifPresent(pt -> {
            formats.add(Integer.toString(pt));
            a.add(new RtpMap(pt, TELEPHONE_EVENT, EVENT_RATE, 1));
            a.add(new Fmtp(pt, TELEPHONE_EVENT_FMTP));
        });
        a.add(new TextAttribute("ptime", Integer.toString(PTIME)));
        if (rtcpMux) {
            a.add(new FlagAttribute(FlagAttribute.RTCP_MUX));
        }
        a.add(direction);
        return MediaDescription.of(MediaDescription.AUDIO, local.port(), protocol, formats, null, a);
    }

    private static SessionDescription session(PlainRtpLocal local, List<MediaDescription> media) {
        Connection here = Connection.of(local.address());
        Origin origin = new Origin("tsunagu", Long.toString(local.sessionId()), local.sessionVersion(), "IN", here.addressType(),
                local.address());
        return new SessionDescription(0, origin, "tsunagu", null, null, List.of(), List.of(), here, List.of(),
                List.of(Timing.UNBOUNDED), null, null, List.of(), media);
    }

    /** Port zero and the offer's first format (a section needs one), as RFC 3264 §6 rejects a stream. */
    private static MediaDescription rejected(MediaDescription offered) {
        List<String> formats = offered.formats().isEmpty() ? List.of("0") : List.of(offered.formats().getFirst());
        return MediaDescription.of(offered.type(), 0, offered.protocol(), formats, NO_ADDRESS, List.of());
    }
}
