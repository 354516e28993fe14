package dev.tsunagu.media;

import dev.tsunagu.media.audio.Goertzel;
import dev.tsunagu.media.codec.DtmfReceiver;
import dev.tsunagu.media.codec.DtmfSender;
import dev.tsunagu.media.codec.G711;
import dev.tsunagu.media.codec.TelephoneEvent;
import dev.tsunagu.media.rtcp.ReceiverReport;
import dev.tsunagu.media.rtcp.ReportBlock;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtcp.SenderReport;
import dev.tsunagu.media.rtp.PacketKind;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.sdp.MediaDescription;
import dev.tsunagu.media.sdp.SessionDescription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SIP phone's media stand-in on real UDP sockets: plain RTP with one G.711 codec (PCMU or PCMA,
 * at 8 kHz, 20 ms unless told otherwise), RFC 4733 events on payload type 101, RTCP on its own
 * socket (announced with a=rtcp). It can sit "behind NAT": its SDP then names one socket while it
 * sends from another, as a phone behind a router does.
 */
public final class RtpTestPeer implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int EVENT_PT = 101;

    private final AudioCodec codec;
    private final List<DatagramChannel> sockets = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final long ssrc = RANDOM.nextInt() & 0xFFFFFFFFL;
    private final short[] recent = new short[8_000];
    private final DtmfReceiver dtmfIn = new DtmfReceiver();
    public final BlockingQueue<Character> keysHeard = new ArrayBlockingQueue<>(64);
    private final AtomicLong rtpReceived = new AtomicLong();
    private final AtomicLong rtcpReceived = new AtomicLong();
    private volatile DatagramChannel signalled;
    private volatile DatagramChannel sending;
    private final DatagramChannel rtcp;
    private volatile DatagramChannel lastReceivedOn;
    private volatile long lastPacketNanos;
    private volatile long engineSsrc;
    private volatile long lastSrCompact;
    private volatile long lastSrNanos;
    private volatile InetSocketAddress engine;
    private volatile InetSocketAddress engineRtcp;
    private int frameSamples = 160;
    private int sequence = RANDOM.nextInt(0x10000);
    private long timestamp = RANDOM.nextInt() & 0xFFFFFFFFL;
    private double phase;

    public RtpTestPeer(AudioCodec codec) throws IOException {
        this(codec, false);
    }

    /** {@code behindNat}: the SDP names one socket, the media goes out of another. */
    public RtpTestPeer(AudioCodec codec, boolean behindNat) throws IOException {
        if (codec == AudioCodec.OPUS) {
            throw new IllegalArgumentException("a SIP phone here speaks G.711");
        }
        this.codec = codec;
        this.signalled = open();
        this.sending = behindNat ? open() : signalled;
        this.rtcp = open();
    }

    /** Packets of {@code millis} (10, 20, 30…) from now on, whatever the SDP says. */
    public synchronized void packetMillis(int millis) {
        frameSamples = millis * 8;
    }

    public String offer() {
        return offer("sendrecv", false);
    }

    /** An offer (or re-offer) in {@code direction}; {@code zeroAddress} holds the old way, with c=0.0.0.0. */
    public String offer(String direction, boolean zeroAddress) {
        int pt = codec.staticPayloadType();
        return String.join("\r\n",
                "v=0", "o=phone 42 " + RANDOM.nextInt(1, 1000) + " IN IP4 127.0.0.1", "s=call",
                "c=IN IP4 " + (zeroAddress ? "0.0.0.0" : "127.0.0.1"), "t=0 0",
                "m=audio " + port(signalled) + " RTP/AVP " + pt + " 18 " + EVENT_PT,
                "a=rtpmap:" + pt + " " + codec.encodingName() + "/8000", "a=rtpmap:18 G729/8000", "a=fmtp:18 annexb=no",
                "a=rtpmap:" + EVENT_PT + " telephone-event/8000", "a=fmtp:" + EVENT_PT + " 0-16",
                "a=rtcp:" + port(rtcp), "a=ptime:20", "a=" + direction, "");
    }

    /** Answers an engine's offer with this peer's codec. */
    public String answer(String offer) throws MediaException {
        engine(offer);
        int pt = codec.staticPayloadType();
        return String.join("\r\n",
                "v=0", "o=phone 43 1 IN IP4 127.0.0.1", "s=call", "c=IN IP4 127.0.0.1", "t=0 0",
                "m=audio " + port(signalled) + " RTP/AVP " + pt + " " + EVENT_PT,
                "a=rtpmap:" + pt + " " + codec.encodingName() + "/8000", "a=rtpmap:" + EVENT_PT + " telephone-event/8000",
                "a=rtcp:" + port(rtcp), "a=sendrecv", "");
    }

    /** Takes the engine's address from its SDP (answer or offer): where this peer sends RTP and RTCP. */
    public void engine(String sdp) throws MediaException {
        SessionDescription sd = SessionDescription.parse(sdp);
        MediaDescription audio = sd.media().getFirst();
        InetAddress address = InetAddress.ofLiteral(sd.connection().address());
        engine = new InetSocketAddress(address, audio.port());
        engineRtcp = new InetSocketAddress(address, audio.port() + 1);
    }

    /** Moves to a new RTP socket (as after a re-INVITE to a new port); the old one keeps counting what it gets. */
    public void moveToNewPort() throws IOException {
        DatagramChannel next = open();
        signalled = next;
        sending = next;
    }

    public synchronized void sendTone(int frequency, int frames) throws IOException {
        for (int f = 0; f < frames; f++) {
            short[] pcm = new short[frameSamples];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) (Math.sin(phase) * 10_000);
                phase += 2 * Math.PI * frequency / 8_000;
            }
            sendFrame(pcm);
        }
    }

    /** Plays a key in the audio for 100 ms (then 60 ms of silence), as a phone without RFC 4733 does. */
    public synchronized void playDtmf(char key) throws IOException {
        for (short[] frame : DtmfTone.frames(key, 100, 60, 8_000)) {
            sendFrame(frame);
        }
    }

    private void sendFrame(short[] pcm) throws IOException {
        byte[] encoded = new byte[pcm.length];
        if (codec == AudioCodec.PCMU) {
            G711.encodeUlaw(pcm, 0, pcm.length, encoded, 0);
        } else {
            G711.encodeAlaw(pcm, 0, pcm.length, encoded, 0);
        }
        sendRtp(new RtpHeader(false, codec.staticPayloadType(), sequence, timestamp, ssrc), encoded);
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + pcm.length) & 0xFFFFFFFFL;
    }

    /** A tone paced in real time, one packet per packet duration, until closed. */
    public void startTone(int frequency) {
        pacer.scheduleAtFixedRate(() -> {
            try {
                sendTone(frequency, 1);
            } catch (IOException e) {
                // closed under the pacer
            }
        }, 0, frameSamples / 8, TimeUnit.MILLISECONDS);
    }

    /** Presses a key as RFC 4733 events (sent at once: the receiver orders them by timestamp). */
    public synchronized void sendDtmf(char key) throws IOException {
        for (DtmfSender.Packet event : new DtmfSender(8_000).packets(key, 100, timestamp, DtmfSender.DEFAULT_VOLUME)) {
            byte[] payload = new byte[TelephoneEvent.LENGTH];
            event.event().write(payload, 0);
            sendRtp(new RtpHeader(event.marker(), EVENT_PT, sequence, event.timestamp(), ssrc), payload);
            sequence = (sequence + 1) & 0xFFFF;
        }
        timestamp = (timestamp + 800) & 0xFFFFFFFFL;
    }

    /** A receiver report on the engine's stream, echoing its last sender report, so it can measure the round trip. */
    public void sendReceiverReport() throws IOException {
        long delay = lastSrNanos == 0 ? 0 : (System.nanoTime() - lastSrNanos) * 65536 / 1_000_000_000L;
        ReportBlock block = new ReportBlock(engineSsrc, 0, 0, 0, 0, lastSrCompact, delay);
        byte[] report = RtcpCompound.encode(List.of(new ReceiverReport(ssrc, List.of(block))));
        rtcp.send(ByteBuffer.wrap(report), engineRtcp);
    }

    public void sendRaw(byte[] datagram) throws IOException {
        sending.send(ByteBuffer.wrap(datagram), engine);
    }

    public void sendRawRtcp(byte[] datagram) throws IOException {
        rtcp.send(ByteBuffer.wrap(datagram), engineRtcp);
    }

    /** Share of the last second's received power at {@code frequency} (0..1); 0 when nothing arrives. */
    public double heardShare(int frequency) {
        if (System.nanoTime() - lastPacketNanos > 200_000_000L) {
            return 0;
        }
        short[] last;
        synchronized (recent) {
            last = recent.clone();
        }
        double total = Goertzel.meanSquare(last, 0, last.length);
        return total < 1 ? 0 : Goertzel.power(last, 0, last.length, frequency, 8_000) / total;
    }

    public long rtpReceived() {
        return rtpReceived.get();
    }

    public long rtcpReceived() {
        return rtcpReceived.get();
    }

    /** Whether a sender report of the engine has arrived (it sends receiver reports until it has sent RTP). */
    public boolean senderReportReceived() {
        return lastSrNanos != 0;
    }

    /** Whether the latest RTP arrived on the socket this peer sends from (symmetric RTP). */
    public boolean lastReceivedOnSendingSocket() {
        return lastReceivedOn == sending;
    }

    public long ssrc() {
        return ssrc;
    }

    @Override
    public void close() throws IOException {
        pacer.shutdownNow();
        for (DatagramChannel socket : sockets) {
            socket.close();
        }
        readers.forEach(Thread::interrupt);
    }

    private void sendRtp(RtpHeader header, byte[] payload) throws IOException {
        byte[] packet = new byte[12 + payload.length];
        int n = RtpWriter.write(packet, 0, header, payload, 0, payload.length);
        sending.send(ByteBuffer.wrap(packet, 0, n), engine);
    }

    private DatagramChannel open() throws IOException {
        DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        sockets.add(channel);
        readers.add(Thread.ofVirtual().start(() -> read(channel)));
        return channel;
    }

    private void read(DatagramChannel channel) {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.receive(buffer);
                byte[] b = buffer.array();
                int len = buffer.position();
                switch (PacketKind.of(b, 0, len)) {
                    case RTP -> onRtp(channel, RtpPacket.parse(b, 0, len));
                    case RTCP -> onRtcp(b, len);
                    default -> { }
                }
            } catch (IOException e) {
                return;
            } catch (MediaException e) {
                // not counted
            }
        }
    }

    private void onRtp(DatagramChannel channel, RtpPacket packet) throws MediaException {
        rtpReceived.incrementAndGet();
        lastReceivedOn = channel;
        lastPacketNanos = System.nanoTime();
        if (packet.payloadType() == EVENT_PT) {
            char key = dtmfIn.receive(packet.timestamp(), packet.buffer(), packet.payloadOffset(), packet.payloadLength());
            if (key != DtmfReceiver.NONE) {
                keysHeard.add(key);
            }
            return;
        }
        if (packet.payloadType() != codec.staticPayloadType()) {
            return;
        }
        short[] pcm = new short[packet.payloadLength()];
        if (codec == AudioCodec.PCMU) {
            G711.decodeUlaw(packet.buffer(), packet.payloadOffset(), pcm.length, pcm, 0);
        } else {
            G711.decodeAlaw(packet.buffer(), packet.payloadOffset(), pcm.length, pcm, 0);
        }
        synchronized (recent) {
            int n = Math.min(pcm.length, recent.length);
            System.arraycopy(recent, n, recent, 0, recent.length - n);
            System.arraycopy(pcm, 0, recent, recent.length - n, n);
        }
    }

    private void onRtcp(byte[] b, int len) throws MediaException {
        for (RtcpPacket packet : RtcpCompound.parse(b, 0, len)) {
            if (packet instanceof SenderReport sr) {
                engineSsrc = sr.ssrc();
                lastSrCompact = sr.compactNtp();
                lastSrNanos = System.nanoTime();
            } else if (packet instanceof ReceiverReport rr) {
                engineSsrc = rr.ssrc();
            }
        }
        rtcpReceived.incrementAndGet();
    }

    private static int port(DatagramChannel channel) {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
