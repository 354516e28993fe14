package dev.tsunagu.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.video.VideoCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers with video to offers Chromium 156 made: audio, a camera, a canvas capture standing for a
 * screen share, and a receive-only video section (chromium-offer-camera-screen.sdp), and the
 * re-offer after the screen share stopped (its section goes receive-only, its SSRCs go away).
 */
class VideoAnswerTest {

    private static final Fingerprint LOCAL_FP = Fingerprint.of("sha-256", new byte[32]);
    private static final LocalMediaParameters LOCAL = new LocalMediaParameters("srvU", "serverpassword0123456789",
            LOCAL_FP, "192.0.2.10", 40000, 0x1234_5678L, "tsunagu-cname", "tsunagu", "tsunagu-audio",
            LocalMediaParameters.DEFAULT_CODECS, 77, false);
    private static final Map<String, Long> OUR_SSRCS = Map.of("1", 1001L, "2", 1002L, "3", 1003L);

    private static WebRtcAnswer answer(String resource, long version) throws MediaException {
        SessionDescription offer = SessionDescription.parse(SdpResources.crlf(SdpResources.load(resource)));
        return WebRtcAnswerer.answer(offer, LOCAL, LocalVideoParameters.of(OUR_SSRCS::get, version));
    }

    @Test
    void acceptsEveryVideoSectionBundledWithTheAudio() throws MediaException {
        WebRtcAnswer answer = answer("chromium-offer-camera-screen.sdp", 2);
        SessionDescription sd = answer.description();

        assertThat(sd.bundleGroup()).contains(new Group("BUNDLE", List.of("0", "1", "2", "3")));
        assertThat(sd.media()).extracting(MediaDescription::port).containsOnly(40000);
        assertThat(answer.video()).extracting(NegotiatedVideo::mid).containsExactly("1", "2", "3");
        assertThat(answer.video()).extracting(NegotiatedVideo::localDirection)
                .containsExactly(Direction.SENDRECV, Direction.SENDRECV, Direction.SENDONLY);
        // Chromium's FID groups name the media SSRC first, then its RTX.
        assertThat(answer.video()).extracting(NegotiatedVideo::remoteSsrc).containsExactly(874687066L, 1011344550L, -1L);
        assertThat(answer.video()).extracting(NegotiatedVideo::localSsrc).containsExactly(1001L, 1002L, 1003L);
        NegotiatedVideo camera = answer.video().getFirst();
        assertThat(camera.payloadTypes()).containsExactly(Map.entry(VideoCodec.VP8, 96), Map.entry(VideoCodec.H264, 108));
        assertThat(camera.nack()).isTrue();
        assertThat(camera.pli()).isTrue();
        assertThat(camera.fir()).isTrue();
        assertThat(camera.remb()).isTrue();
        assertThat(camera.midExtensionId()).isEqualTo(4);
    }

    @Test
    void writesCodecsFeedbackAndOurStreamPerSection() throws MediaException {
        SessionDescription sd = answer("chromium-offer-camera-screen.sdp", 2).description();
        MediaDescription camera = sd.media().get(1);

        assertThat(camera.type()).isEqualTo("video");
        assertThat(camera.formats()).containsExactly("96", "108");
        assertThat(camera.rtpMap(96)).contains(new RtpMap(96, "VP8", 90000, 1));
        assertThat(camera.rtpMap(108)).contains(new RtpMap(108, "H264", 90000, 1));
        assertThat(camera.fmtp(108).orElseThrow().parameterMap())
                .containsEntry("packetization-mode", "1").containsEntry("profile-level-id", "42e01f");
        assertThat(camera.rtcpFeedback(96)).extracting(f -> f.type() + (f.parameter() == null ? "" : " " + f.parameter()))
                .containsExactlyInAnyOrder("goog-remb", "ccm fir", "nack", "nack pli");
        assertThat(camera.extMaps()).containsExactly(new ExtMap(4, null, ExtMap.SDES_MID, null));
        assertThat(camera.mid()).contains("1");
        assertThat(camera.setup()).contains(Setup.PASSIVE);
        assertThat(camera.rtcpMux()).isTrue();
        assertThat(camera.candidates()).containsExactly(Candidate.host("1", "udp", "192.0.2.10", 40000));
        assertThat(camera.ssrcs()).containsExactly(1001L);
        assertThat(camera.msid()).contains(new Msid("tsunagu-cname-1", "tsunagu-cname-video-1"));
        assertThat(sd.media().get(3).direction()).contains(Direction.SENDONLY);
        assertThat(sd.toSdp()).doesNotContain("rtx").doesNotContain("transport-cc").doesNotContain("VP9").doesNotContain("AV1");
    }

    @Test
    void aReofferKeepsOurSsrcsAndTurnsTheStoppedShareIntoAReceiveOnlySlot() throws MediaException {
        WebRtcAnswer first = answer("chromium-offer-camera-screen.sdp", 2);
        WebRtcAnswer again = answer("chromium-reoffer-screen-stopped.sdp", 3);

        assertThat(again.description().origin().sessionVersion()).isEqualTo(3);
        assertThat(again.description().origin().sessionId()).isEqualTo(first.description().origin().sessionId());
        assertThat(again.video()).extracting(NegotiatedVideo::localDirection)
                .containsExactly(Direction.SENDRECV, Direction.SENDONLY, Direction.SENDONLY);
        assertThat(again.video().get(1).remoteSsrc()).isEqualTo(-1);
        assertThat(again.video()).extracting(NegotiatedVideo::localSsrc).containsExactly(1001L, 1002L, 1003L);
    }

    @Test
    void withoutVideoParametersVideoIsStillRejected() throws MediaException {
        SessionDescription offer = SessionDescription.parse(SdpResources.crlf(SdpResources.load("chromium-offer-camera-screen.sdp")));
        WebRtcAnswer answer = WebRtcAnswerer.answer(offer, LOCAL);

        assertThat(answer.video()).isEmpty();
        assertThat(answer.description().media().subList(1, 4)).extracting(MediaDescription::port).containsOnly(0);
        assertThat(answer.description().bundleGroup()).contains(new Group("BUNDLE", List.of("0")));
    }

    @Test
    void aSectionBeyondTheLimitOrWithoutACommonCodecIsRejected() throws MediaException {
        SessionDescription offer = SessionDescription.parse(SdpResources.crlf(SdpResources.load("chromium-offer-camera-screen.sdp")));
        WebRtcAnswer two = WebRtcAnswerer.answer(offer, LOCAL,
                new LocalVideoParameters(List.of(VideoCodec.H264), 2, OUR_SSRCS::get, 2));

        assertThat(two.video()).extracting(NegotiatedVideo::mid).containsExactly("1", "2");
        assertThat(two.video().getFirst().payloadTypes()).containsOnlyKeys(VideoCodec.H264);
        assertThat(two.description().media().get(3).port()).isZero();
        assertThat(two.description().bundleGroup()).contains(new Group("BUNDLE", List.of("0", "1", "2")));
    }
}
