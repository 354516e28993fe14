package dev.tsunagu.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeTest {

    private static Attribute parse(String line) throws MediaException {
        return AttributeParser.parse(line);
    }

    @Test
    void typesTheAttributesWebRtcUses() throws MediaException {
        assertThat(parse("rtcp-mux")).isEqualTo(new FlagAttribute("rtcp-mux"));
        assertThat(parse("recvonly")).isEqualTo(Direction.RECVONLY);
        assertThat(parse("setup:passive")).isEqualTo(Setup.PASSIVE);
        assertThat(parse("mid:audio")).isEqualTo(new TextAttribute("mid", "audio"));
        assertThat(parse("ice-options:trickle renomination")).isEqualTo(new IceOptions(List.of("trickle", "renomination")));
        assertThat(parse("rtpmap:9 G722/8000")).isEqualTo(new RtpMap(9, "G722", 8000, 1));
        assertThat(parse("rtcp-fb:* nack")).isEqualTo(new RtcpFeedback("*", "nack", null));
        assertThat(parse("rtcp-fb:96 ccm tmmbr smaxpr=120")).isEqualTo(new RtcpFeedback("96", "ccm", "tmmbr smaxpr=120"));
        assertThat(parse("extmap:2/sendonly urn:x attr")).isEqualTo(new ExtMap(2, Direction.SENDONLY, "urn:x", "attr"));
        assertThat(parse("ssrc:1 cname:a b")).isEqualTo(new SsrcAttribute(1, "cname", "a b"));
        assertThat(parse("ssrc:4294967295 foo")).isEqualTo(new SsrcAttribute(0xFFFF_FFFFL, "foo", null));
        assertThat(parse("msid:- track")).isEqualTo(new Msid("-", "track"));
        assertThat(parse("group:LS")).isEqualTo(new Group("LS", List.of()));
        assertThat(parse("msid-semantic:WMS *")).isEqualTo(new MsidSemantic("WMS", List.of("*")));
        assertThat(parse("fmtp:webrtc-datachannel max-message-size=1")).isInstanceOf(TextAttribute.class);
        assertThat(parse("end-of-candidates")).isEqualTo(new FlagAttribute(FlagAttribute.END_OF_CANDIDATES));
    }

    @Test
    void writesValuesBackInBrowserForm() throws MediaException {
        for (String text : List.of("rtpmap:111 opus/48000/2", "rtpmap:0 PCMU/8000", "fmtp:126 0-15",
                "extmap:3/recvonly urn:y", "ssrc:5 msid:s t", "setup:actpass", "sendonly", "group:BUNDLE 0 1",
                "ice-options:trickle", "fingerprint:sha-1 AA:BB", "x-google-flag:conference")) {
            assertThat(parse(text).sdpText()).isEqualTo(text);
        }
        assertThat(parse("msid-semantic: WMS").sdpText()).isEqualTo("msid-semantic: WMS");
        assertThat(parse("fingerprint:SHA-256 ab:cd").sdpText()).isEqualTo("fingerprint:sha-256 AB:CD");
        assertThat(parse("fmtp:111").sdpText()).isEqualTo("fmtp:111");
    }

    @Test
    void fingerprintFromDigest() {
        Fingerprint f = Fingerprint.of("sha-256", new byte[] {0x01, (byte) 0xAB, 0x7F});
        assertThat(f.hex()).isEqualTo("01:AB:7F");
        assertThat(f.bytes()).containsExactly(0x01, 0xAB, 0x7F);
        assertThatThrownBy(() -> new Fingerprint("sha-256", "1:2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fmtpParameters() throws MediaException {
        Fmtp f = (Fmtp) parse("fmtp:102 level-asymmetry-allowed=1; packetization-mode=1;profile-level-id=42001f");
        assertThat(f.parameterMap()).containsExactly(
                java.util.Map.entry("level-asymmetry-allowed", "1"),
                java.util.Map.entry("packetization-mode", "1"),
                java.util.Map.entry("profile-level-id", "42001f"));
        assertThat(f.parameter("packetization-mode")).contains("1");
        assertThat(f.parameter("missing")).isEmpty();
    }

    @Test
    void directionsAnswer() {
        assertThat(Direction.SENDRECV.answer()).isEqualTo(Direction.SENDRECV);
        assertThat(Direction.SENDONLY.answer()).isEqualTo(Direction.RECVONLY);
        assertThat(Direction.RECVONLY.answer()).isEqualTo(Direction.SENDONLY);
        assertThat(Direction.INACTIVE.answer()).isEqualTo(Direction.INACTIVE);
    }

    @Test
    void refusesMalformedTypedValues() {
        for (String text : List.of("rtpmap:", "rtpmap:1 a/b", "rtpmap:1 opus/48000/2/1", "rtpmap:-1 a/1",
                "fingerprint:sha-256", "fingerprint:sha-256 AB:CD EF", "fingerprint:sha-256 ABC", "setup:",
                "group:", "msid:", "msid:a b c", "ice-options:", "extmap:0 urn:x", "extmap:1/sideways urn:x",
                "extmap:1", "rtcp-fb:111", "rtcp-fb:x nack", "ssrc:4294967296 cname:x", "ssrc:1", "ssrc:1 :x",
                "mid: ", "ice-ufrag:a b", "ice-pwd:", "bad\u00e9name:1", "a b:c")) {
            assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(MediaException.class);
        }
    }
}
