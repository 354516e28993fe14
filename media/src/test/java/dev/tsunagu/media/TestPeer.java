package dev.tsunagu.media;

import dev.tsunagu.media.audio.Goertzel;
import dev.tsunagu.media.audio.ToneAnalyzer;
import dev.tsunagu.media.codec.DtmfReceiver;
import dev.tsunagu.media.codec.DtmfSender;
import dev.tsunagu.media.codec.OpusCodec;
import dev.tsunagu.media.codec.TelephoneEvent;
import dev.tsunagu.media.dtls.DtlsTestPeer;
import dev.tsunagu.media.dtls.SrtpKeyingMaterial;
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
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser stand-in on a real UDP socket: it offers one Opus audio stream, checks
 * connectivity like a controlling ICE agent, runs the DTLS client handshake, then sends and
 * receives SRTP. It lets engine tests and benchmarks run full legs without Chromium (the bench
 * module uses it through the media test-jar, hence public).
 */
public final class TestPeer implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int OPUS_PT = 111;
    private static final int FRAME = 960;
    private static final int EVENT_PT = 110;

    private final DatagramChannel channel;
    private final DtlsTestPeer dtls = new DtlsTestPeer();
    private final String ufrag = "peer" + RANDOM.nextInt(1000, 9999);
    private final String pwd = "testpeerpassword" + RANDOM.nextLong(100_000_000L, 999_999_999L);
    private final long ssrc = RANDOM.nextInt() & 0xFFFFFFFFL;
    private final BlockingQueue<byte[]> dtlsIn = new ArrayBlockingQueue<>(64);
    private final BlockingQueue<byte[]> stunIn = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private final OpusCodec.Encoder opus = OpusCodec.encoder(1, 32_000);
    private final OpusCodec.Decoder decoder = OpusCodec.decoder(1);
    private final ToneAnalyzer heard = new ToneAnalyzer(48_000);
    private final short[] decoded = new short[FRAME * 6];
    private final short[] recent = new short[48_000];
    private final byte[] encodedPlain = new byte[1500];
    private final byte[] encodedProtected = new byte[1600];
    private final java.util.concurrent.ScheduledExecutorService pacer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    private final DtmfReceiver dtmfIn = new DtmfReceiver();
    public final BlockingQueue<Character> keysHeard = new ArrayBlockingQueue<>(64);
    private volatile SrtpSession srtp;
    private volatile long packetsReceived;
    private volatile long lastPacketNanos;
    private volatile boolean analyse = true;
    private final boolean pcmu;
    private final dev.tsunagu.media.codec.Resampler upsampler = new dev.tsunagu.media.codec.Resampler(8_000, 48_000);
    private InetSocketAddress engine;
    private int sequence;
    private long timestamp;
    private double phase;

    public TestPeer() throws IOException, MediaException {
        this(false);
    }

    /** A peer that offers and speaks only PCMU, like a phone on the telephone network. */
    public TestPeer(boolean pcmuOnly) throws IOException, MediaException {
        this.pcmu = pcmuOnly;
        channel = DatagramChannel.open().bind(new InetSocketAddress(0));
        reader = Thread.ofVirtual().start(this::read);
    }

    public String offer() {
        return String.join("\r\n",
                "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "a=group:BUNDLE 0", "a=msid-semantic: WMS s",
                pcmu ? "m=audio 9 UDP/TLS/RTP/SAVPF 0 126" : "m=audio 9 UDP/TLS/RTP/SAVPF 111 0 8 110 126", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0",
                "a=ice-ufrag:" + ufrag, "a=ice-pwd:" + pwd, "a=ice-options:trickle",
                "a=fingerprint:" + dtls.fingerprint().sdpValue(), "a=setup:actpass", "a=mid:0", "a=sendrecv",
                "a=msid:s t", "a=rtcp-mux", pcmu ? "a=rtpmap:0 PCMU/8000" : "a=rtpmap:111 opus/48000/2\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n"
                        + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:110 telephone-event/48000",
                "a=rtpmap:126 telephone-event/8000",
                "a=ssrc:" + ssrc + " cname:testpeer", "") ;
    }

    /** ICE check with USE-CANDIDATE, then the DTLS handshake; afterwards SRTP flows. */
    public void connect(String answer, Duration timeout) throws Exception {
        String theirUfrag = PeerDtlsTransport.first(answer, "a=ice-ufrag:(\\S+)");
        String theirPwd = PeerDtlsTransport.first(answer, "a=ice-pwd:(\\S+)");
        Matcher candidate = Pattern.compile("a=candidate:\\S+ 1 udp \\d+ (\\S+) (\\d+) typ host").matcher(answer);
        if (!candidate.find()) {
            throw new IllegalStateException("no host candidate in the answer");
        }
        engine = new InetSocketAddress(candidate.group(1), Integer.parseInt(candidate.group(2)));
        byte[] transaction = new byte[12];
        RANDOM.nextBytes(transaction);
        byte[] check = StunMessage.of(StunMessageType.BINDING_REQUEST, transaction,
                new StunAttribute.Username(theirUfrag + ":" + ufrag), new StunAttribute.Priority(2122260223L),
                new StunAttribute.IceControlling(RANDOM.nextLong()), new StunAttribute.UseCandidate())
                .encode(StunMessage.shortTermKey(theirPwd), true);
        channel.send(ByteBuffer.wrap(check), engine);
        if (stunIn.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) == null) {
            throw new IllegalStateException("no answer to the connectivity check");
        }
        SrtpKeyingMaterial keys = dtls.connect(new PeerDtlsTransport(dtlsIn, channel, engine));
        srtp = SrtpSession.create(SrtpKeys.fromDtlsExport(keys.material(), SrtpProfile.fromDtlsId(keys.profileId()), false));
    }

    /** Sends {@code frames} 20 ms Opus frames of a sine tone, as fast as the socket takes them. */
    public synchronized void sendTone(int frequency, int frames) throws Exception {
        if (pcmu) {
            sendPcmuTone(frequency, frames);
            return;
        }
        short[] pcm = new short[FRAME];
        byte[] encoded = new byte[OpusCodec.MAX_PACKET];
        byte[] plain = new byte[1500];
        byte[] protectedPacket = new byte[1600];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) (Math.sin(phase) * 10_000);
                phase += 2 * Math.PI * frequency / 48_000;
            }
            int length = opus.encode(pcm, 0, encoded, 0, encoded.length);
            int n = RtpWriter.write(plain, 0, new RtpHeader(false, OPUS_PT, sequence, timestamp, ssrc), encoded, 0, length);
            sequence = (sequence + 1) & 0xFFFF;
            timestamp += FRAME;
            int m = srtp.protectRtp(plain, 0, n, protectedPacket);
            channel.send(ByteBuffer.wrap(protectedPacket, 0, m), engine);
        }
    }

    private void sendPcmuTone(int frequency, int frames) throws Exception {
        short[] pcm = new short[160];
        byte[] ulaw = new byte[160];
        byte[] plain = new byte[400];
        byte[] protectedPacket = new byte[500];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) (Math.sin(phase) * 10_000);
                phase += 2 * Math.PI * frequency / 8_000;
            }
            dev.tsunagu.media.codec.G711.encodeUlaw(pcm, 0, pcm.length, ulaw, 0);
            int n = RtpWriter.write(plain, 0, new RtpHeader(false, 0, sequence, timestamp, ssrc), ulaw, 0, ulaw.length);
            sequence = (sequence + 1) & 0xFFFF;
            timestamp += 160;
            int m = srtp.protectRtp(plain, 0, n, protectedPacket);
            channel.send(ByteBuffer.wrap(protectedPacket, 0, m), engine);
        }
    }

    /**
     * Sends {@code frames} copies of an already encoded 20 ms Opus frame, as fast as the socket
     * takes them: a load harness then pays only for SRTP, not for encoding, on the client side.
     */
    public synchronized void sendEncoded(byte[] opusPayload, int frames) throws Exception {
        for (int f = 0; f < frames; f++) {
            int n = RtpWriter.write(encodedPlain, 0, new RtpHeader(false, OPUS_PT, sequence, timestamp, ssrc), opusPayload, 0, opusPayload.length);
            sequence = (sequence + 1) & 0xFFFF;
            timestamp += FRAME;
            int m = srtp.protectRtp(encodedPlain, 0, n, encodedProtected);
            channel.send(ByteBuffer.wrap(encodedProtected, 0, m), engine);
        }
    }

    /** Only counts (and authenticates) what arrives, without decoding it: the cheap receive side of a load harness. */
    public void countOnly() {
        analyse = false;
    }

    /** Sends a tone paced in real time (one frame per 20 ms) until closed, as a microphone would. */
    public void startTone(int frequency) {
        pacer.scheduleAtFixedRate(() -> {
            try {
                sendTone(frequency, 1);
            } catch (Exception e) {
                // the socket closed under the pacer
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    /** Share of the last second's received power at {@code frequency} (0..1). */
    public double heardShare(int frequency) {
        return heardShare(frequency, 1000);
    }

    /**
     * Share of the power of the last {@code millis} of received audio (at most 1000) at
     * {@code frequency}: a short window says when a new tone started to be heard, not only that it was.
     */
    public double heardShare(int frequency, int millis) {
        if (System.nanoTime() - lastPacketNanos > 200_000_000L) {
            return 0; // nothing arrives: the peer hears silence
        }
        int n = Math.clamp(millis * 48L, 1, recent.length);
        short[] last = new short[n];
        synchronized (recent) {
            System.arraycopy(recent, recent.length - n, last, 0, n);
        }
        double total = Goertzel.meanSquare(last, 0, last.length);
        return total < 1 ? 0 : Goertzel.power(last, 0, last.length, frequency, 48_000) / total;
    }

    /** Presses a key: RFC 4733 events at 48 kHz, sent at once (the receiver orders them by timestamp). */
    public synchronized void sendDtmf(char key) throws Exception {
        for (DtmfSender.Packet event : new DtmfSender(48_000).packets(key, 100, timestamp, DtmfSender.DEFAULT_VOLUME)) {
            sendEvent(event);
        }
        timestamp += 48 * 100;
    }

    /**
     * Plays a key in the audio, as a phone behind a gateway without RFC 4733 does: its two tones for
     * {@code millis}, then 60 ms of silence so that a repeated key is a new press, as 20 ms frames of
     * this peer's codec sent as fast as the socket takes them.
     */
    public synchronized void playDtmf(char key, int millis) throws Exception {
        for (short[] frame : DtmfTone.frames(key, millis, 60, pcmu ? 8_000 : 48_000)) {
            sendAudioFrame(frame);
        }
    }

    /**
     * Presses a key both ways, as gateways that leave the tone in the audio do: 100 ms of the tone
     * (then 60 ms of silence) and the RFC 4733 packets for the same press, each packet sent after the
     * audio frame of its moment, or {@code eventLagFrames} frames later. Opus peers only.
     */
    public synchronized void sendDtmfWithTone(char key, int eventLagFrames) throws Exception {
        List<short[]> frames = DtmfTone.frames(key, 100, 60, 48_000);
        List<DtmfSender.Packet> events = new DtmfSender(48_000).packets(key, 100, timestamp, DtmfSender.DEFAULT_VOLUME);
        int next = 0;
        for (int f = 0; f < frames.size() || next < events.size(); f++) {
            if (f < frames.size()) {
                sendAudioFrame(frames.get(f));
            }
            while (next < events.size() && events.get(next).sendAfterMillis() <= (f - eventLagFrames) * 20) {
                sendEvent(events.get(next++));
            }
        }
    }

    private void sendEvent(DtmfSender.Packet event) throws Exception {
        byte[] payload = new byte[TelephoneEvent.LENGTH];
        event.event().write(payload, 0);
        int n = RtpWriter.write(encodedPlain, 0, new RtpHeader(event.marker(), EVENT_PT, sequence, event.timestamp(), ssrc),
                payload, 0, payload.length);
        sequence = (sequence + 1) & 0xFFFF;
        int m = srtp.protectRtp(encodedPlain, 0, n, encodedProtected);
        channel.send(ByteBuffer.wrap(encodedProtected, 0, m), engine);
    }

    /** Encodes one 20 ms frame (48 kHz for Opus, 8 kHz for PCMU) and sends it. */
    private void sendAudioFrame(short[] pcm) throws Exception {
        byte[] encoded = new byte[OpusCodec.MAX_PACKET];
        int length;
        if (pcmu) {
            dev.tsunagu.media.codec.G711.encodeUlaw(pcm, 0, pcm.length, encoded, 0);
            length = pcm.length;
        } else {
            length = opus.encode(pcm, 0, encoded, 0, encoded.length);
        }
        int n = RtpWriter.write(encodedPlain, 0, new RtpHeader(false, pcmu ? 0 : OPUS_PT, sequence, timestamp, ssrc), encoded, 0, length);
        sequence = (sequence + 1) & 0xFFFF;
        timestamp += pcm.length;
        int m = srtp.protectRtp(encodedPlain, 0, n, encodedProtected);
        channel.send(ByteBuffer.wrap(encodedProtected, 0, m), engine);
    }

    /** Sends raw bytes to the engine from this peer's address (for robustness tests). */
    void sendRaw(byte[] datagram) throws IOException {
        channel.send(ByteBuffer.wrap(datagram), engine);
    }

    public long packetsReceived() {
        return packetsReceived;
    }

    public ToneAnalyzer heard() {
        return heard;
    }

    @Override
    public void close() throws IOException {
        pacer.shutdownNow();
        channel.close();
        reader.interrupt();
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        byte[] plain = new byte[2048];
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.receive(buffer);
                int len = buffer.position();
                byte[] copy = new byte[len];
                System.arraycopy(buffer.array(), 0, copy, 0, len);
                switch (PacketKind.of(copy, 0, len)) {
                    case STUN -> stunIn.offer(copy);
                    case DTLS -> dtlsIn.offer(copy);
                    case RTP -> onRtp(copy, len, plain);
                    default -> { }
                }
            } catch (IOException e) {
                return;
            } catch (MediaException e) {
                // a packet the test peer cannot read is simply not counted
            }
        }
    }

    private void onRtp(byte[] packet, int len, byte[] plain) throws MediaException {
        SrtpSession keys = srtp;
        if (keys == null) {
            return;
        }
        int n = keys.unprotectRtp(packet, 0, len, plain);
        RtpPacket rtp = RtpPacket.parse(plain, 0, n);
        packetsReceived++;
        lastPacketNanos = System.nanoTime();
        if (rtp.payloadType() == EVENT_PT) {
            char key = dtmfIn.receive(rtp.timestamp(), rtp.buffer(), rtp.payloadOffset(), rtp.payloadLength());
            if (key != DtmfReceiver.NONE) {
                keysHeard.add(key);
            }
        }
        if (analyse && (rtp.payloadType() == OPUS_PT || (pcmu && rtp.payloadType() == 0))) {
            int samples = rtp.payloadType() == OPUS_PT
                    ? decoder.decode(rtp.buffer(), rtp.payloadOffset(), rtp.payloadLength(), decoded, 0)
                    : pcmuTo48k(rtp);
            heard.accept(decoded, samples);
            synchronized (recent) {
                System.arraycopy(recent, samples, recent, 0, recent.length - samples);
                System.arraycopy(decoded, 0, recent, recent.length - samples, samples);
            }
        }
    }

    private int pcmuTo48k(RtpPacket rtp) {
        short[] narrow = new short[rtp.payloadLength()];
        dev.tsunagu.media.codec.G711.decodeUlaw(rtp.buffer(), rtp.payloadOffset(), rtp.payloadLength(), narrow, 0);
        return upsampler.process(narrow, 0, narrow.length, decoded, 0);
    }
}
