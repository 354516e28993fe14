package dev.tsunagu.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtp.HeaderExtension;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.sdp.Direction;
import dev.tsunagu.media.sdp.NegotiatedVideo;
import dev.tsunagu.media.video.VideoCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A leg's video sections: SSRCs from the SDP, or learnt from the sdes:mid header extension (RFC 8843 §9.2). */
class VideoLegTest {

    private static RtpPacket packet(long ssrc, String mid) throws MediaException {
        byte[] out = new byte[64];
        List<HeaderExtension> extensions = mid == null ? List.of() : List.of(HeaderExtension.of(4, mid.getBytes(StandardCharsets.US_ASCII)));
        int n = RtpWriter.write(out, 0, new RtpHeader(false, 96, 1, 1, ssrc), new long[0], extensions, new byte[] {0x10, 0}, 0, 2, 0);
        return RtpPacket.parse(out, 0, n);
    }

    @Test
    void anUnsignalledSsrcIsLearntFromItsMidAndReplacedByTheNextOne() throws MediaException {
        VideoLeg leg = new VideoLeg(null, 7);
        leg.negotiated(List.of(
                new NegotiatedVideo("1", Direction.RECVONLY, Map.of(VideoCodec.VP8, 96), -1, 4, -1, true, true, true, true),
                new NegotiatedVideo("2", Direction.SENDRECV, Map.of(VideoCodec.VP8, 96), 555, 4, 9001, true, true, true, true)));

        assertThat(leg.trackOf(packet(555, null)).mid()).isEqualTo("2");
        assertThat(leg.trackOf(packet(777, null))).as("unknown, no mid").isNull();
        assertThat(leg.trackOf(packet(777, "9"))).as("a mid we did not accept").isNull();
        assertThat(leg.trackOf(packet(777, "1")).ssrc()).isEqualTo(777);
        assertThat(leg.trackOf(packet(777, null)).mid()).as("known from now on").isEqualTo("1");
        assertThat(leg.publishedTracks()).extracting(t -> t.mid() + ":" + t.ssrc()).containsExactly("1:777", "2:555");
        assertThat(leg.receivingSlots()).extracting(s -> s.mid() + ":" + s.ssrc()).containsExactly("2:9001");

        leg.trackOf(packet(888, "1")); // the browser restarted that track
        assertThat(leg.publishedTracks()).extracting(t -> t.mid() + ":" + t.ssrc()).containsExactly("1:888", "2:555");
        assertThat(leg.trackOf(packet(777, null))).isNull();
    }
}
