package dev.tsunagu.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.MediaException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlainRtpNegotiatorTest {

    private static final PlainRtpLocal LOCAL = new PlainRtpLocal("192.0.2.10", 10_000, 77, 1, PlainRtpLocal.G711);

    /** A desk phone's offer: PCMA first, G.729, PCMU, events, a video line it cannot have. */
    private static final String PHONE = String.join("\r\n",
            "v=0", "o=- 1000 1000 IN IP4 198.51.100.7", "s=SIP Call", "c=IN IP4 198.51.100.7", "t=0 0",
            "m=audio 49170 RTP/AVP 8 18 0 96", "a=rtpmap:8 PCMA/8000", "a=rtpmap:18 G729/8000", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:96 telephone-event/8000", "a=fmtp:96 0-16", "a=ptime:30", "a=sendrecv",
            "m=video 49172 RTP/AVP 99", "a=rtpmap:99 H264/90000", "");

    @Test
    void answersWithTheOfferersFirstG711CodecAndItsEventPayloadType() throws MediaException {
        PlainRtpAnswer answer = PlainRtpNegotiator.answer(SessionDescription.parse(PHONE), LOCAL);

        NegotiatedRtp audio = answer.audio();
        assertThat(audio.codec()).isEqualTo(AudioCodec.PCMA);
        assertThat(audio.payloadType()).isEqualTo(8);
        assertThat(audio.telephoneEventPayloadType()).isEqualTo(OptionalInt.of(96));
        assertThat(audio.remoteAddress()).isEqualTo("198.51.100.7");
        assertThat(audio.remotePort()).isEqualTo(49170);
        assertThat(audio.remoteRtcpPort()).as("RTP port + 1").isEqualTo(49171);
        assertThat(audio.rtcpMux()).isFalse();
        assertThat(audio.localDirection()).isEqualTo(Direction.SENDRECV);
        assertThat(audio.remotePtime()).isEqualTo(OptionalInt.of(30));

        String sdp = answer.sdp().toSdp();
        assertThat(sdp).contains("c=IN IP4 192.0.2.10\r\n", "m=audio 10000 RTP/AVP 8 96\r\n", "a=rtpmap:96 telephone-event/8000\r\n",
                "a=fmtp:96 0-15\r\n", "a=ptime:20\r\n", "a=sendrecv\r\n", "m=video 0 RTP/AVP 99\r\n");
        assertThat(sdp).doesNotContain("PCMU", "G729", "rtcp-mux");
        assertThat(SessionDescription.parse(sdp).toSdp()).isEqualTo(sdp);
    }

    @Test
    void aCodecWithoutRtpmapIsKnownByItsStaticNumber() throws MediaException {
        String bare = PHONE.replace("m=audio 49170 RTP/AVP 8 18 0 96", "m=audio 49170 RTP/AVP 18 0").replace("a=rtpmap:0 PCMU/8000\r\n", "");
        assertThat(PlainRtpNegotiator.answer(SessionDescription.parse(bare), LOCAL).audio().codec()).isEqualTo(AudioCodec.PCMU);
    }

    @Test
    void refusesAnOfferWithoutACommonCodecOrWithEncryptedAudio() {
        String g729 = PHONE.replace("m=audio 49170 RTP/AVP 8 18 0 96", "m=audio 49170 RTP/AVP 18");
        assertThatThrownBy(() -> PlainRtpNegotiator.answer(SessionDescription.parse(g729), LOCAL))
                .isInstanceOf(MediaException.class).hasMessageContaining("no common audio codec: the offer has G729/8000")
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.INVALID_SDP);
        String srtp = PHONE.replace("RTP/AVP 8 18 0 96", "RTP/SAVP 8 18 0 96");
        assertThatThrownBy(() -> PlainRtpNegotiator.answer(SessionDescription.parse(srtp), LOCAL))
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.UNSUPPORTED);
        String hostName = PHONE.replace("c=IN IP4 198.51.100.7", "c=IN IP4 phone.example");
        assertThatThrownBy(() -> PlainRtpNegotiator.answer(SessionDescription.parse(hostName), LOCAL))
                .hasMessageContaining("not a unicast IP address");
    }

    @Test
    void holdOffersAreMirroredAndAZeroAddressGetsNothing() throws MediaException {
        NegotiatedRtp sendonly = PlainRtpNegotiator.answer(SessionDescription.parse(PHONE.replace("a=sendrecv", "a=sendonly")), LOCAL).audio();
        assertThat(sendonly.localDirection()).isEqualTo(Direction.RECVONLY);
        NegotiatedRtp inactive = PlainRtpNegotiator.answer(SessionDescription.parse(PHONE.replace("a=sendrecv", "a=inactive")), LOCAL).audio();
        assertThat(inactive.localDirection()).isEqualTo(Direction.INACTIVE);
        PlainRtpAnswer zero = PlainRtpNegotiator.answer(SessionDescription.parse(PHONE.replace("c=IN IP4 198.51.100.7", "c=IN IP4 0.0.0.0")), LOCAL);
        assertThat(zero.audio().remoteHeld()).isTrue();
        assertThat(zero.audio().localDirection()).isEqualTo(Direction.RECVONLY);
        assertThat(zero.sdp().toSdp()).contains("a=recvonly");
    }

    @Test
    void readsRtcpPortsAndMux() throws MediaException {
        String elsewhere = PHONE.replace("a=ptime:30", "a=rtcp:50000 IN IP4 198.51.100.8");
        NegotiatedRtp audio = PlainRtpNegotiator.answer(SessionDescription.parse(elsewhere), LOCAL).audio();
        assertThat(audio.remoteRtcpAddress()).isEqualTo("198.51.100.8");
        assertThat(audio.remoteRtcpPort()).isEqualTo(50000);
        assertThat(audio.remotePtime()).isEmpty();

        PlainRtpAnswer muxed = PlainRtpNegotiator.answer(SessionDescription.parse(PHONE.replace("a=ptime:30", "a=rtcp-mux")), LOCAL);
        assertThat(muxed.audio().rtcpMux()).isTrue();
        assertThat(muxed.sdp().toSdp()).contains("a=rtcp-mux");
    }

    @Test
    void anUnreadableRtcpLineStaysTextAndRoundTrips() throws MediaException {
        SessionDescription sd = SessionDescription.parse(PHONE.replace("a=ptime:30", "a=rtcp:what"));
        MediaDescription audio = sd.media().getFirst();
        assertThat(audio.rtcpAddress()).isEmpty();
        assertThat(audio.text("rtcp")).contains("what");
        assertThat(sd.toSdp()).contains("a=rtcp:what\r\n");
        assertThat(SessionDescription.parse(PHONE.replace("a=ptime:30", "a=ptime:20.5")).media().getFirst().ptime()).hasValue(20);
    }

    @Test
    void ourOfferAndTheAnswerToIt() throws MediaException {
        SessionDescription offer = PlainRtpNegotiator.offer(LOCAL, Direction.SENDRECV);
        assertThat(offer.toSdp()).contains("o=tsunagu 77 1 IN IP4 192.0.2.10\r\n", "m=audio 10000 RTP/AVP 0 8 101\r\n",
                "a=rtpmap:101 telephone-event/8000\r\n", "a=sendrecv\r\n");

        String answer = String.join("\r\n", "v=0", "o=- 5 5 IN IP4 203.0.113.5", "s=-", "t=0 0",
                "m=audio 30000 RTP/AVP 8 101", "c=IN IP4 203.0.113.5", "a=rtpmap:101 telephone-event/8000", "a=recvonly", "");
        NegotiatedRtp audio = PlainRtpNegotiator.acceptAnswer(offer, SessionDescription.parse(answer));
        assertThat(audio.codec()).isEqualTo(AudioCodec.PCMA);
        assertThat(audio.telephoneEventPayloadType()).hasValue(101);
        assertThat(audio.remotePort()).isEqualTo(30000);
        assertThat(audio.localDirection()).as("they only receive: we only send").isEqualTo(Direction.SENDONLY);

        assertThatThrownBy(() -> PlainRtpNegotiator.acceptAnswer(offer, SessionDescription.parse(answer.replace("m=audio 30000", "m=audio 0"))))
                .hasMessageContaining("rejected");
        assertThatThrownBy(() -> PlainRtpNegotiator.acceptAnswer(offer, SessionDescription.parse(answer.replace("RTP/AVP 8 101", "RTP/AVP 18"))))
                .hasMessageContaining("no codec we offered");
    }
}
