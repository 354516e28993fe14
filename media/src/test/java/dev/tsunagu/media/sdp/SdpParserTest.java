package dev.tsunagu.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SdpParserTest {

    private static final String OFFER = SdpResources.chromiumOffer();

    @Test
    void readsChromiumSessionLevel() throws MediaException {
        SessionDescription sd = SessionDescription.parse(OFFER);

        assertThat(sd.version()).isZero();
        assertThat(sd.origin()).isEqualTo(new Origin("-", "4215775240449105457", 2, "IN", "IP4", "127.0.0.1"));
        assertThat(sd.sessionName()).isEqualTo("-");
        assertThat(sd.timings()).containsExactly(Timing.UNBOUNDED);
        assertThat(sd.bundleGroup()).contains(new Group("BUNDLE", List.of("0", "1", "2")));
        assertThat(sd.msidSemantic()).contains(new MsidSemantic("WMS", List.of("3f6a9b4e-7c1d-4d8e-9a0b-5e2f1c3d4b6a")));
        assertThat(sd.has("extmap-allow-mixed")).isTrue();
        assertThat(sd.media()).extracting(MediaDescription::type).containsExactly("audio", "video", "application");
    }

    @Test
    void readsChromiumAudioSection() throws MediaException {
        MediaDescription audio = SessionDescription.parse(OFFER).media("0");

        assertThat(audio.port()).isEqualTo(50017);
        assertThat(audio.protocol()).isEqualTo("UDP/TLS/RTP/SAVPF");
        assertThat(audio.payloadTypes()).containsExactly(111, 63, 9, 0, 8, 13, 110, 126);
        assertThat(audio.connection()).isEqualTo(new Connection("IN", "IP4", "192.168.10.24"));
        assertThat(audio.iceUfrag()).contains("kQ7h");
        assertThat(audio.icePwd()).contains("9YhFv0aUq1+Ga8cNwZ4JeS3l");
        assertThat(audio.iceOptions().orElseThrow().has("trickle")).isTrue();
        assertThat(audio.setup()).contains(Setup.ACTPASS);
        assertThat(audio.direction()).contains(Direction.SENDRECV);
        assertThat(audio.rtcpMux()).isTrue();
        assertThat(audio.rtcpRsize()).isTrue();
        assertThat(audio.endOfCandidates()).isFalse();
        Fingerprint fp = audio.fingerprints().getFirst();
        assertThat(fp.algorithm()).isEqualTo("sha-256");
        assertThat(fp.bytes()).hasSize(32).startsWith((byte) 0x3C, (byte) 0x4E);
        assertThat(audio.rtpMap(111)).contains(new RtpMap(111, "opus", 48000, 2));
        assertThat(audio.rtpMap(0)).contains(new RtpMap(0, "PCMU", 8000, 1));
        assertThat(audio.rtpMap(110)).contains(new RtpMap(110, "telephone-event", 48000, 1));
        assertThat(audio.fmtp(111).orElseThrow().parameterMap())
                .containsEntry("minptime", "10").containsEntry("useinbandfec", "1");
        assertThat(audio.fmtp(63).orElseThrow().parameters()).isEqualTo("111/111");
        assertThat(audio.rtcpFeedback(111)).containsExactly(new RtcpFeedback("111", "transport-cc", null));
        assertThat(audio.extMaps()).first().isEqualTo(new ExtMap(1, null, ExtMap.AUDIO_LEVEL, null));
        assertThat(audio.ssrcs()).containsExactly(2976405143L);
        assertThat(audio.cname(2976405143L)).contains("QXk1Yi8rUk5vbWJzQ3V0");
        assertThat(audio.msid()).contains(new Msid("3f6a9b4e-7c1d-4d8e-9a0b-5e2f1c3d4b6a", "8b1c2d3e-4f50-4617-a829-3a4b5c6d7e8f"));
        assertThat(audio.candidates()).hasSize(4);
        assertThat(audio.rtcpAddress()).contains(new RtcpAttribute(9, new Connection("IN", "IP4", "0.0.0.0")));
    }

    @Test
    void readsCandidatesIntoRecords() throws MediaException {
        List<Candidate> c = SessionDescription.parse(OFFER).media().getFirst().candidates();

        Candidate srflx = c.get(2);
        assertThat(srflx.foundation()).isEqualTo("842163049");
        assertThat(srflx.component()).isEqualTo(1);
        assertThat(srflx.transport()).isEqualTo("udp");
        assertThat(srflx.priority()).isEqualTo(1686052607L);
        assertThat(srflx.address()).isEqualTo("203.0.113.77");
        assertThat(srflx.port()).isEqualTo(50017);
        assertThat(srflx.type()).isEqualTo("srflx");
        assertThat(srflx.relatedAddress()).isEqualTo("192.168.10.24");
        assertThat(srflx.relatedPort()).isEqualTo(50017);
        assertThat(srflx.extension("network-cost")).isEqualTo("10");
        assertThat(c.get(1).address()).endsWith(".local");
        assertThat(c.get(3).isUdp()).isFalse();
        assertThat(c.get(3).extension("tcptype")).isEqualTo("active");
    }

    @Test
    void keepsUnknownAttributesInOrder() throws MediaException {
        SessionDescription sd = SessionDescription.parse(OFFER);
        MediaDescription video = sd.media("1");
        MediaDescription data = sd.media("2");

        assertThat(video.text("ssrc-group")).contains("FID 1143206349 3925811562");
        assertThat(data.attributes()).extracting(Attribute::sdpText).endsWith("sctp-port:5000", "max-message-size:262144");
        assertThat(sd.attributes()).extracting(Attribute::sdpName).containsExactly("group", "extmap-allow-mixed", "msid-semantic");
    }

    @Test
    void writesChromiumOfferBackByteForByte() throws MediaException {
        assertThat(SessionDescription.parse(OFFER).toSdp()).isEqualTo(OFFER);
    }

    @Test
    void roundTripsToAnEqualModel() throws MediaException {
        SessionDescription first = SessionDescription.parse(OFFER);
        SessionDescription second = SessionDescription.parse(first.toSdp());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void acceptsBareLineFeedsAndBlankLines() throws MediaException {
        String lf = OFFER.replace("\r\n", "\n");
        assertThat(SessionDescription.parse(lf)).isEqualTo(SessionDescription.parse(OFFER));
        assertThat(SessionDescription.parse(lf + "\n\n")).isEqualTo(SessionDescription.parse(OFFER));
        assertThat(SessionDescription.parse(OFFER.substring(0, OFFER.length() - 2))).isEqualTo(SessionDescription.parse(OFFER));
    }

    @Test
    void writerUsesCrlf() throws MediaException {
        String written = SessionDescription.parse(OFFER.replace("\r\n", "\n")).toSdp();
        assertThat(written).endsWith("\r\n").doesNotContain("\r\r");
        assertThat(written.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void readsAndWritesOptionalSessionLines() throws MediaException {
        String sdp = crlf("""
                v=0
                o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5
                s=SDP Seminar
                i=A Seminar on the session description protocol
                u=http://www.example.com/seminars/sdp.pdf
                e=j.doe@example.com (Jane Doe)
                p=+81 3 1234 5678
                c=IN IP4 224.2.17.12/127
                b=AS:128
                t=2873397496 2873404696
                r=604800 3600 0 90000
                z=2882844526 -1h 2898848070 0
                k=clear:secret
                a=recvonly
                m=audio 49170 RTP/AVP 0
                i=voice
                c=IN IP4 224.2.17.12/127
                b=TIAS:64000
                m=video 51372/2 RTP/AVP 99
                a=rtpmap:99 h263-1998/90000
                """);
        SessionDescription sd = SessionDescription.parse(sdp);

        assertThat(sd.information()).startsWith("A Seminar");
        assertThat(sd.emails()).hasSize(1);
        assertThat(sd.connection().address()).isEqualTo("224.2.17.12/127");
        assertThat(sd.bandwidths()).containsExactly(new Bandwidth("AS", 128));
        assertThat(sd.timings().getFirst().repeats()).containsExactly("604800 3600 0 90000");
        assertThat(sd.direction()).contains(Direction.RECVONLY);
        assertThat(sd.media().get(0).information()).isEqualTo("voice");
        assertThat(sd.media().get(0).payloadTypes()).containsExactly(0);
        assertThat(sd.media().get(1).portCount()).isEqualTo(2);
        assertThat(sd.toSdp()).isEqualTo(sdp);
    }

    @Test
    void refusesGarbage() {
        String head = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
        List<String> bad = List.of(
                "", "\r\n", "hello", "<html></html>", "{\"type\":\"offer\"}",
                "v=1\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n",
                "o=- 1 2 IN IP4 127.0.0.1\r\nv=0\r\ns=-\r\nt=0 0\r\n",
                "v=0\r\no=- x 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n",
                "v=0\r\no=- 1 2 IN IP4\r\ns=-\r\nt=0 0\r\n",
                "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n",
                head + "X=1\r\n",
                head + "x=1\r\n",
                head + "a\r\n",
                head + "a=\r\n",
                head + "a=bad name\r\n",
                head + "m=audio\r\n",
                head + "m=audio 99999 RTP/AVP 0\r\n",
                head + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nt=0 0\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=rtpmap:111\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=rtpmap:300 opus/48000/2\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=rtpmap:111 opus\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=setup:sideways\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=fingerprint:sha-256 XYZ\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=candidate:1 1 udp 1 1.2.3.4 5 host\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=ssrc:abc cname:x\r\n",
                head + "m=audio 9 RTP/AVP 0\r\na=mid:\r\n",
                head + "c=IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.5\r\n",
                head + "a=x\0y\r\n",
                head + "a=x:" + "y".repeat(SdpParser.MAX_LENGTH) + "\r\n");
        for (String sdp : bad) {
            assertThatThrownBy(() -> SessionDescription.parse(sdp))
                    .as("%s", sdp)
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP));
        }
    }

    @Test
    void everyTruncationParsesOrFailsCleanly() {
        for (int n = 0; n <= OFFER.length(); n++) {
            assertParsesOrInvalid(OFFER.substring(0, n));
        }
    }

    @Test
    void randomBytesFailCleanly() {
        Random random = new Random(8866);
        for (int i = 0; i < 4000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (i % 2 == 0) {
                text = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n" + text;
            }
            assertParsesOrInvalid(text);
        }
    }

    @Test
    void mutatedOffersFailCleanly() {
        Random random = new Random(3264);
        String alphabet = " :/=-\r\n0123456789abcdefXYZ*\t";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(OFFER);
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertParsesOrInvalid(sb.toString());
        }
    }

    private static void assertParsesOrInvalid(String text) {
        SessionDescription parsed;
        try {
            parsed = SessionDescription.parse(text);
        } catch (MediaException e) {
            assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP);
            return;
        }
        // Whatever parses must write back to something that parses to the same model.
        try {
            assertThat(SessionDescription.parse(parsed.toSdp())).isEqualTo(parsed);
        } catch (MediaException e) {
            throw new AssertionError("written SDP does not parse: " + e.getMessage() + "\n" + parsed.toSdp(), e);
        }
    }

    private static String crlf(String text) {
        return SdpResources.crlf(text);
    }
}
