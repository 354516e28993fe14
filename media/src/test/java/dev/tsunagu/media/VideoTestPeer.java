package dev.tsunagu.media;

import dev.tsunagu.media.dtls.DtlsTestPeer;
import dev.tsunagu.media.dtls.SrtpKeyingMaterial;
import dev.tsunagu.media.rtcp.GenericNack;
import dev.tsunagu.media.rtcp.PictureLossIndication;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtp.PacketKind;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.srtp.SrtpKeys;
import dev.tsunagu.media.srtp.SrtpProfile;
import dev.tsunagu.media.srtp.SrtpSession;
import dev.tsunagu.media.stun.StunAttribute;
import dev.tsunagu.media.stun.StunMessage;
import dev.tsunagu.media.stun.StunMessageType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in with video on a real UDP socket, like {@link TestPeer}: it offers an audio
 * section and any number of VP8 sections (re-offers on the same session too), connects with ICE and
 * DTLS-SRTP, sends synthetic VP8 (one packet per frame; a key frame only when asked by PLI, or every
 * {@code keyframeEvery} frames), and records what it receives per SSRC and the feedback it gets.
 * Public for the bench module.
 */
public final class VideoTestPeer implements AutoCloseable {

    public static final int VP8_PT = 96;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One video section of our offer; {@code ssrc} is what we send on it (ignored when we do not send). */
    public record Section(String mid, String direction, long ssrc) {
        boolean sends() {
            return direction.equals("sendrecv") || direction.equals("sendonly");
        }
    }

    /** What arrived on one SSRC, in arrival order. */
    public static final class Received {
        public final List<Integer> sequences = new CopyOnWriteArrayList<>();
        public final List<Long> timestamps = new CopyOnWriteArrayList<>();
        public volatile boolean firstWasKeyframe;
        public volatile int keyframes;
    }

    private final DatagramChannel channel;
    private final DtlsTestPeer dtls = new DtlsTestPeer();
    private final String ufrag = "vpeer" + RANDOM.nextInt(1000, 9999);
    private final String pwd = "videopeerpassword" + RANDOM.nextLong(100_000_000L, 999_999_999L);
    private final long audioSsrc = RANDOM.nextInt() & 0xFFFFFFFFL;
    private final BlockingQueue<byte[]> dtlsIn = new ArrayBlockingQueue<>(64);
    private final BlockingQueue<byte[]> stunIn = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final Object sendLock = new Object();
    private final byte[] plain = new byte[1500];
    private final byte[] protectedPacket = new byte[1600];
    private final Map<Long, Received> received = new ConcurrentHashMap<>();
    private final Map<String, Long> sendingSsrc = new ConcurrentHashMap<>();
    private final Map<Long, int[]> sequence = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> keyframeWanted = new ConcurrentHashMap<>();
    private final Map<Long, List<Integer>> keyframesSent = new ConcurrentHashMap<>();
    public final List<Integer> nackedSequences = new CopyOnWriteArrayList<>();
    public final Map<Long, Integer> plis = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> senders = new ConcurrentHashMap<>();
    private final Map<Long, Integer> toLose = new ConcurrentHashMap<>();
    /** Packets this peer pretended to lose, by SSRC. */
    public final Map<Long, List<Integer>> lost = new ConcurrentHashMap<>();
    private volatile SrtpSession srtp;
    private volatile boolean countOnly;
    private volatile long packetsReceived;
    private InetSocketAddress engine;
    private int version = 1;
    private int keyframeEvery;

    public VideoTestPeer() throws IOException {
        channel = DatagramChannel.open().bind(new InetSocketAddress(0));
        reader = Thread.ofVirtual().start(this::read);
    }

    /** Key frames also every {@code frames} frames (0: only when asked). */
    public void keyframeEvery(int frames) {
        this.keyframeEvery = frames;
    }

    /** Counts received packets without keeping their numbers (for load). */
    public void countOnly() {
        countOnly = true;
    }

    /** An offer (or re-offer, with a higher version) with audio and these video sections. */
    public synchronized String offer(Section... sections) {
        List<String> mids = new ArrayList<>(List.of("0"));
        for (Section s : sections) {
            mids.add(s.mid());
            if (s.sends()) {
                sendingSsrc.put(s.mid(), s.ssrc());
            } else {
                sendingSsrc.remove(s.mid());
            }
        }
        StringBuilder sdp = new StringBuilder();
        for (String line : List.of("v=0", "o=- 7 " + (++version) + " IN IP4 127.0.0.1", "s=-", "t=0 0",
                "a=group:BUNDLE " + String.join(" ", mids), "a=msid-semantic: WMS s")) {
            sdp.append(line).append("\r\n");
        }
        section(sdp, "audio 9 UDP/TLS/RTP/SAVPF 111", "0", "sendrecv");
        sdp.append("a=rtpmap:111 opus/48000/2\r\na=ssrc:").append(audioSsrc).append(" cname:videopeer\r\n");
        for (Section s : sections) {
            section(sdp, "video 9 UDP/TLS/RTP/SAVPF " + VP8_PT, s.mid(), s.direction());
            sdp.append("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\na=rtcp-rsize\r\n")
                    .append("a=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 goog-remb\r\na=rtcp-fb:96 ccm fir\r\n")
                    .append("a=rtcp-fb:96 nack\r\na=rtcp-fb:96 nack pli\r\n");
            if (s.sends()) {
                sdp.append("a=ssrc:").append(s.ssrc()).append(" cname:videopeer\r\n");
            }
        }
        return sdp.toString();
    }

    private void section(StringBuilder sdp, String media, String mid, String direction) {
        for (String line : List.of("m=" + media, "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0", "a=ice-ufrag:" + ufrag,
                "a=ice-pwd:" + pwd, "a=ice-options:trickle", "a=fingerprint:" + dtls.fingerprint().sdpValue(),
                "a=setup:actpass", "a=mid:" + mid, "a=" + direction, "a=rtcp-mux")) {
            sdp.append(line).append("\r\n");
        }
    }

    /** Our SSRC per mid on the answer's sections that send to us. */
    public static Map<String, Long> answeredSsrcs(String answer) {
        Map<String, Long> out = new ConcurrentHashMap<>();
        for (String section : answer.split("\r\nm=")) {
            Matcher mid = Pattern.compile("a=mid:(\\S+)").matcher(section);
            Matcher ssrc = Pattern.compile("a=ssrc:(\\d+) cname").matcher(section);
            if (section.startsWith("video") && mid.find() && ssrc.find()) {
                out.put(mid.group(1), Long.parseLong(ssrc.group(1)));
            }
        }
        return out;
    }

    /** ICE check with USE-CANDIDATE, then the DTLS handshake; afterwards SRTP flows. */
    public void connect(String answer, Duration timeout) throws Exception {
        Matcher candidate = Pattern.compile("a=candidate:\\S+ 1 udp \\d+ (\\S+) (\\d+) typ host").matcher(answer);
        if (!candidate.find()) {
            throw new IllegalStateException("no host candidate in the answer");
        }
        engine = new InetSocketAddress(candidate.group(1), Integer.parseInt(candidate.group(2)));
        byte[] transaction = new byte[12];
        RANDOM.nextBytes(transaction);
        byte[] check = StunMessage.of(StunMessageType.BINDING_REQUEST, transaction,
                new StunAttribute.Username(PeerDtlsTransport.first(answer, "a=ice-ufrag:(\\S+)") + ":" + ufrag),
                new StunAttribute.Priority(2122260223L), new StunAttribute.IceControlling(RANDOM.nextLong()),
                new StunAttribute.UseCandidate()).encode(StunMessage.shortTermKey(PeerDtlsTransport.first(answer, "a=ice-pwd:(\\S+)")), true);
        channel.send(ByteBuffer.wrap(check), engine);
        if (stunIn.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) == null) {
            throw new IllegalStateException("no answer to the connectivity check");
        }
        SrtpKeyingMaterial keys = dtls.connect(new PeerDtlsTransport(dtlsIn, channel, engine));
        srtp = SrtpSession.create(SrtpKeys.fromDtlsExport(keys.material(), SrtpProfile.fromDtlsId(keys.profileId()), false));
    }

    /** Sends {@code frames} one-packet VP8 frames on a section at once. */
    public void sendFrames(String mid, int frames) throws Exception {
        for (int i = 0; i < frames; i++) {
            sendFrame(mid);
        }
    }

    /** Sends frames on a section at {@code perSecond} until stopped or closed, as a camera would. */
    public void startSending(String mid, int perSecond) {
        senders.put(mid, pacer.scheduleAtFixedRate(() -> {
            try {
                sendFrame(mid);
            } catch (Exception e) {
                // closed under the pacer
            }
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS));
    }

    public void stopSending(String mid) {
        ScheduledFuture<?> task = senders.remove(mid);
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One VP8 frame of {@code size} bytes: descriptor with S=1, PID 0, then the payload header (P=0 for a key frame). */
    public void sendFrame(String mid, int size) throws Exception {
        Long ssrc = sendingSsrc.get(mid);
        if (ssrc == null || srtp == null) {
            return;
        }
        synchronized (sendLock) {
            int[] next = sequence.computeIfAbsent(ssrc, s -> new int[] {RANDOM.nextInt(0x10000), 0});
            boolean key = Boolean.TRUE.equals(keyframeWanted.remove(ssrc)) || (keyframeEvery > 0 && next[1] % keyframeEvery == 0);
            byte[] payload = new byte[Math.max(3, size)];
            payload[0] = 0x10;
            payload[1] = (byte) (key ? 0x00 : 0x01);
            int seq = next[0];
            int n = RtpWriter.write(plain, 0, new RtpHeader(true, VP8_PT, seq, next[1] * 3_000L & 0xFFFFFFFFL, ssrc),
                    payload, 0, payload.length);
            if (key) {
                keyframesSent.computeIfAbsent(ssrc, s -> new CopyOnWriteArrayList<>()).add(seq);
            }
            next[0] = (seq + 1) & 0xFFFF;
            next[1]++;
            int m = srtp.protectRtp(plain, 0, n, protectedPacket);
            channel.send(ByteBuffer.wrap(protectedPacket, 0, m), engine);
        }
    }

    private void sendFrame(String mid) throws Exception {
        sendFrame(mid, 40);
    }

    /** Asks the engine to resend packets of the stream it sends us on {@code mediaSsrc}. */
    public void nack(long mediaSsrc, List<Integer> lost) throws Exception {
        sendRtcp(new GenericNack(audioSsrc, mediaSsrc, lost));
    }

    public void sendRtcp(RtcpPacket packet) throws Exception {
        byte[] bytes = packet.encode();
        synchronized (sendLock) {
            int m = srtp.protectRtcp(bytes, 0, bytes.length, protectedPacket);
            channel.send(ByteBuffer.wrap(protectedPacket, 0, m), engine);
        }
    }

    /** Pretends the next packet on {@code ssrc} was lost on the way. */
    public void loseNext(long ssrc) {
        toLose.put(ssrc, 1);
    }

    public Received received(long ssrc) {
        return received.computeIfAbsent(ssrc, s -> new Received());
    }

    public long packetsReceived() {
        return packetsReceived;
    }

    /** The sequence numbers we sent key frames with on an SSRC. */
    public List<Integer> keyframesSent(long ssrc) {
        return keyframesSent.getOrDefault(ssrc, List.of());
    }

    @Override
    public void close() throws IOException {
        pacer.shutdownNow();
        channel.close();
        reader.interrupt();
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        byte[] out = new byte[2048];
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.receive(buffer);
                int len = buffer.position();
                byte[] copy = java.util.Arrays.copyOf(buffer.array(), len);
                switch (PacketKind.of(copy, 0, len)) {
                    case STUN -> stunIn.offer(copy);
                    case DTLS -> dtlsIn.offer(copy);
                    case RTP -> onRtp(copy, len, out);
                    case RTCP -> onRtcp(copy, len, out);
                    default -> { }
                }
            } catch (IOException e) {
                return;
            } catch (MediaException e) {
                // a packet the test peer cannot read is simply not counted
            }
        }
    }

    private void onRtp(byte[] packet, int len, byte[] out) throws MediaException {
        SrtpSession keys = srtp;
        if (keys == null) {
            return;
        }
        if (len >= 12 && !toLose.isEmpty()) {
            // Lost before decryption, as on the network: the SRTP replay window never sees it, so a resend is accepted.
            long ssrc = ((packet[8] & 0xFFL) << 24) | ((packet[9] & 0xFF) << 16) | ((packet[10] & 0xFF) << 8) | (packet[11] & 0xFF);
            if (toLose.remove(ssrc) != null) {
                lost.computeIfAbsent(ssrc, s -> new CopyOnWriteArrayList<>()).add(((packet[2] & 0xFF) << 8) | (packet[3] & 0xFF));
                return;
            }
        }
        RtpPacket rtp = RtpPacket.parse(out, 0, keys.unprotectRtp(packet, 0, len, out));
        packetsReceived++;
        if (countOnly || rtp.payloadType() != VP8_PT) {
            return;
        }
        Received stream = received(rtp.ssrc());
        boolean key = rtp.payloadLength() >= 2 && (rtp.buffer()[rtp.payloadOffset() + 1] & 0x01) == 0;
        if (stream.sequences.isEmpty()) {
            stream.firstWasKeyframe = key;
        }
        stream.keyframes += key ? 1 : 0;
        stream.timestamps.add(rtp.timestamp());
        stream.sequences.add(rtp.sequenceNumber());
    }

    private void onRtcp(byte[] packet, int len, byte[] out) throws MediaException {
        SrtpSession keys = srtp;
        if (keys == null) {
            return;
        }
        for (RtcpPacket p : RtcpCompound.parse(out, 0, keys.unprotectRtcp(packet, 0, len, out))) {
            switch (p) {
                case PictureLossIndication pli -> {
                    plis.merge(pli.mediaSsrc(), 1, Integer::sum);
                    keyframeWanted.put(pli.mediaSsrc(), true);
                }
                case GenericNack nack -> nackedSequences.addAll(nack.lostSequenceNumbers());
                default -> { }
            }
        }
    }
}
