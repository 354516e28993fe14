package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WebRtcAnswererTest {

    private static final Fingerprint LOCAL_FP = Fingerprint.of("sha-256", new byte[32]);
    private static final LocalMediaParameters LOCAL = new LocalMediaParameters("srvU", "serverpassword0123456789",
            LOCAL_FP, "192.0.2.10", 40000, 0x1234_5678L, "tsunagu-cname", "tsunagu", "tsunagu-audio",
            LocalMediaParameters.DEFAULT_CODECS, 77, false);

    private static SessionDescription offer() throws MediaException {
        return SessionDescription.parse(SdpResources.chromiumOffer());
    }

    @Test
    void answersChromiumOfferWithOpusFirst() throws MediaException {
        WebRtcAnswer answer = WebRtcAnswerer.answer(offer(), LOCAL);
        SessionDescription sd = answer.description();

        assertThat(sd.iceLite()).isTrue();
        assertThat(sd.bundleGroup()).contains(new Group("BUNDLE", List.of("0")));
        assertThat(sd.origin().sessionId()).isEqualTo("77");
        assertThat(sd.media()).hasSize(3);

        MediaDescription audio = sd.media().getFirst();
        assertThat(audio.port()).isEqualTo(40000);
        assertThat(audio.protocol()).isEqualTo("UDP/TLS/RTP/SAVPF");
        assertThat(audio.formats()).containsExactly("111", "0", "8", "110");
        assertThat(audio.connection()).isEqualTo(new Connection("IN", "IP4", "192.0.2.10"));
        assertThat(audio.mid()).contains("0");
        assertThat(audio.iceUfrag()).contains("srvU");
        assertThat(audio.icePwd()).contains("serverpassword0123456789");
        assertThat(audio.fingerprints()).containsExactly(LOCAL_FP);
        assertThat(audio.setup()).contains(Setup.PASSIVE);
        assertThat(audio.direction()).contains(Direction.SENDRECV);
        assertThat(audio.rtcpMux()).isTrue();
        assertThat(audio.rtcpRsize()).isTrue();
        assertThat(audio.rtpMap(111)).contains(new RtpMap(111, "opus", 48000, 2));
        assertThat(audio.fmtp(111).orElseThrow().parameters()).isEqualTo("minptime=10;useinbandfec=1");
        assertThat(audio.rtpMap(0)).contains(new RtpMap(0, "PCMU", 8000, 1));
        assertThat(audio.rtpMap(8)).contains(new RtpMap(8, "PCMA", 8000, 1));
        assertThat(audio.rtpMap(110)).contains(new RtpMap(110, "telephone-event", 48000, 1));
        assertThat(audio.rtpMap(126)).isEmpty();
        assertThat(audio.fmtp(110).orElseThrow().parameters()).isEqualTo("0-15");
        assertThat(audio.candidates()).containsExactly(Candidate.host("1", "udp", "192.0.2.10", 40000));
        assertThat(audio.endOfCandidates()).isTrue();
        assertThat(audio.extMaps()).containsExactly(new ExtMap(1, null, ExtMap.AUDIO_LEVEL, null));
        assertThat(audio.ssrcs()).containsExactly(0x1234_5678L);
        assertThat(audio.cname(0x1234_5678L)).contains("tsunagu-cname");
        assertThat(audio.msid()).contains(new Msid("tsunagu", "tsunagu-audio"));
        assertThat(audio.has("rtcp-fb")).isFalse();

        MediaDescription video = sd.media().get(1);
        assertThat(video.type()).isEqualTo("video");
        assertThat(video.port()).isZero();
        assertThat(video.mid()).contains("1");
        assertThat(video.direction()).contains(Direction.INACTIVE);
        MediaDescription data = sd.media().get(2);
        assertThat(data.port()).isZero();
        assertThat(data.formats()).containsExactly("webrtc-datachannel");
        assertThat(data.mid()).contains("2");
        assertThat(data.direction()).isEmpty();
    }

    @Test
    void exposesNegotiatedParameters() throws MediaException {
        NegotiatedAudio n = WebRtcAnswerer.answer(offer(), LOCAL).audio();

        assertThat(n.mid()).isEqualTo("0");
        assertThat(n.primaryCodec()).isEqualTo(AudioCodec.OPUS);
        assertThat(n.primaryPayloadType()).isEqualTo(111);
        assertThat(n.opusPayloadType()).isEqualTo(OptionalInt.of(111));
        assertThat(n.pcmuPayloadType()).isEqualTo(OptionalInt.of(0));
        assertThat(n.pcmaPayloadType()).isEqualTo(OptionalInt.of(8));
        assertThat(n.telephoneEventPayloadType()).isEqualTo(OptionalInt.of(110));
        assertThat(n.audioLevelExtensionId()).isEqualTo(OptionalInt.of(1));
        assertThat(n.localDirection()).isEqualTo(Direction.SENDRECV);
        assertThat(n.rtcpReducedSize()).isTrue();
        assertThat(n.remoteIceUfrag()).isEqualTo("kQ7h");
        assertThat(n.remoteIcePwd()).isEqualTo("9YhFv0aUq1+Ga8cNwZ4JeS3l");
        assertThat(n.remoteFingerprint().hex()).startsWith("3C:4E:9A");
        assertThat(n.remoteSetup()).isEqualTo(Setup.ACTPASS);
        assertThat(n.remoteSsrcs()).containsExactly(2976405143L);
        assertThat(n.remoteCname()).isEqualTo("QXk1Yi8rUk5vbWJzQ3V0");
        assertThat(n.remoteCandidates()).hasSize(4);
        assertThat(n.codecOf(0)).isEqualTo(AudioCodec.PCMU);
        assertThat(n.codecOf(110)).isNull();
    }

    @Test
    void answerRoundTrips() throws MediaException {
        WebRtcAnswer answer = WebRtcAnswerer.answer(offer(), LOCAL);
        String text = answer.sdp();

        assertThat(text).startsWith("v=0\r\no=- 77 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=ice-lite\r\n");
        assertThat(text).contains("a=candidate:1 1 udp 2130706431 192.0.2.10 40000 typ host\r\na=end-of-candidates\r\n");
        assertThat(text).contains("m=video 0 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\na=inactive\r\n");
        assertThat(SessionDescription.parse(text)).isEqualTo(answer.description());
    }

    @Test
    void pcmuPreferredKeepsNarrowbandTelephoneEvent() throws MediaException {
        LocalMediaParameters pcmuFirst = withCodecs(List.of(AudioCodec.PCMU, AudioCodec.OPUS));
        WebRtcAnswer answer = WebRtcAnswerer.answer(offer(), pcmuFirst);

        MediaDescription audio = answer.description().media().getFirst();
        assertThat(audio.formats()).containsExactly("0", "111", "126");
        assertThat(audio.rtpMap(126)).contains(new RtpMap(126, "telephone-event", 8000, 1));
        assertThat(answer.audio().primaryCodec()).isEqualTo(AudioCodec.PCMU);
        assertThat(answer.audio().telephoneEventPayloadType()).isEqualTo(OptionalInt.of(126));
        assertThat(answer.audio().pcmaPayloadType()).isEmpty();
    }

    @Test
    void answersDirections() throws MediaException {
        assertThat(answerDirection("sendonly")).isEqualTo(Direction.RECVONLY);
        assertThat(answerDirection("recvonly")).isEqualTo(Direction.SENDONLY);
        assertThat(answerDirection("inactive")).isEqualTo(Direction.INACTIVE);
        assertThat(answerDirection("sendrecv")).isEqualTo(Direction.SENDRECV);
    }

    @Test
    void doesNotAnnounceOurSsrcWhenNotSending() throws MediaException {
        String sendonly = SdpResources.chromiumOffer().replaceFirst("a=sendrecv", "a=sendonly");
        MediaDescription audio = WebRtcAnswerer.answer(SessionDescription.parse(sendonly), LOCAL).description().media().getFirst();
        assertThat(audio.ssrcs()).isEmpty();
        assertThat(audio.msid()).isEmpty();
    }

    @Test
    void acceptsStaticPayloadTypesWithoutRtpmap() throws MediaException {
        String offer = audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 8 0 101", "a=rtpmap:101 telephone-event/8000");
        WebRtcAnswer answer = WebRtcAnswerer.answer(SessionDescription.parse(offer), LOCAL);

        assertThat(answer.description().media().getFirst().formats()).containsExactly("0", "8", "101");
        assertThat(answer.audio().opusPayloadType()).isEmpty();
        assertThat(answer.description().bundleGroup()).isEmpty();
    }

    @Test
    void refusesOffersWeCannotAnswer() throws MediaException {
        assertInvalid(audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 9", "a=rtpmap:9 G722/8000"));
        assertInvalid(audioOnly("m=audio 9 RTP/AVP 0", ""));
        assertInvalid(audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 0", "a=setup:passive").replace("a=setup:actpass\r\n", ""));
        assertInvalid(audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 0", "").replace("a=rtcp-mux\r\n", ""));
        assertInvalid(audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 0", "").replace("a=ice-pwd:p0123456789012345678901\r\n", ""));
        assertInvalid(audioOnly("m=audio 9 UDP/TLS/RTP/SAVPF 0", "").replaceAll("a=fingerprint:[^\r]*\r\n", ""));
        String videoOnly = SdpResources.chromiumOffer().replace("m=audio 50017", "m=audio 0");
        assertInvalid(videoOnly);
    }

    private static void assertInvalid(String offer) throws MediaException {
        SessionDescription sd = SessionDescription.parse(offer);
        assertThatThrownBy(() -> WebRtcAnswerer.answer(sd, LOCAL))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP));
    }

    private static Direction answerDirection(String offered) throws MediaException {
        String offer = SdpResources.chromiumOffer().replaceFirst("a=sendrecv", "a=" + offered);
        WebRtcAnswer answer = WebRtcAnswerer.answer(SessionDescription.parse(offer), LOCAL);
        assertThat(answer.description().media().getFirst().direction()).contains(answer.audio().localDirection());
        return answer.audio().localDirection();
    }

    private static LocalMediaParameters withCodecs(List<AudioCodec> codecs) {
        return new LocalMediaParameters(LOCAL.iceUfrag(), LOCAL.icePwd(), LOCAL.fingerprint(), LOCAL.candidateAddress(),
                LOCAL.candidatePort(), LOCAL.ssrc(), LOCAL.cname(), LOCAL.streamId(), LOCAL.trackId(), codecs,
                LOCAL.sessionId(), LOCAL.tcpCandidate());
    }

    private static String audioOnly(String mLine, String extra) {
        String text = String.join("\r\n",
                "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "t=0 0",
                mLine, "c=IN IP4 0.0.0.0",
                "a=ice-ufrag:abcd", "a=ice-pwd:p0123456789012345678901",
                "a=fingerprint:sha-256 " + Fingerprint.of("sha-256", new byte[32]).hex(),
                "a=setup:actpass", "a=mid:a", "a=rtcp-mux", extra) + "\r\n";
        return text.replace("\r\n\r\n", "\r\n");
    }

    @Test
    void anIceTcpPassiveCandidateFollowsTheUdpOneWhenThePortTakesTcp() throws Exception {
        LocalMediaParameters tcp = new LocalMediaParameters(LOCAL.iceUfrag(), LOCAL.icePwd(), LOCAL.fingerprint(),
                LOCAL.candidateAddress(), LOCAL.candidatePort(), LOCAL.ssrc(), LOCAL.cname(), LOCAL.streamId(), LOCAL.trackId(),
                LOCAL.codecPreference(), LOCAL.sessionId(), true);
        assertThat(tcp.candidates()).extracting(Candidate::transport).containsExactly("udp", "tcp");
        Candidate passive = tcp.candidates().get(1);
        assertThat(passive.sdpValue()).isEqualTo("2 1 tcp 2107637759 192.0.2.10 40000 typ host tcptype passive");
        assertThat(passive.priority()).isLessThan(tcp.candidates().get(0).priority());
        assertThat(Candidate.parse(passive.sdpValue())).isEqualTo(passive);
        assertThat(LOCAL.candidates()).hasSize(1);
    }

}
