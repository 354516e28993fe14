package dev.tsunagu.media.rtpleg;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioReceiver;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.EndpointStats;
import dev.tsunagu.media.MediaEndpoint;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.DtmfDeduplicator;
import dev.tsunagu.media.codec.DtmfReceiver;
import dev.tsunagu.media.codec.DtmfSender;
import dev.tsunagu.media.codec.InbandDtmf;
import dev.tsunagu.media.codec.TelephoneEvent;
import dev.tsunagu.media.rtcp.Bye;
import dev.tsunagu.media.rtcp.ReceiverReport;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtp.PacketKind;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.sdp.Direction;
import dev.tsunagu.media.sdp.NegotiatedRtp;
import dev.tsunagu.media.sdp.PlainRtpAnswer;
import dev.tsunagu.media.stream.InboundAudio;
import dev.tsunagu.media.stream.OutboundRtp;
import dev.tsunagu.media.stream.RtcpSession;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain RTP leg (RTP/AVP, no encryption) for SIP phones and trunks: G.711 PCMU or PCMA in 20 ms
 * packets, RFC 4733 events both ways, RTCP reports every five seconds, its own UDP port pair.
 * It answers offers ({@link #answer}) or makes them ({@link #offer}, then {@link #acceptAnswer}),
 * any number of times (re-INVITEs: a new address, hold, resume) without a new port.
 *
 * <p>States: {@code NEW} until the first offer or answer; {@code CONNECTING} while our first offer
 * waits for its answer; {@code CONNECTED} once agreed (media flows at once: there is no handshake);
 * {@code CLOSED} by its owner or the idle reaper. The reaper ends a leg silent for the RTP idle
 * timeout only while it is sendrecv, or still {@code NEW} (never used); held, one-way and
 * {@code CONNECTING} legs are their owner's to close. Received datagrams are handled on the leg's
 * reader threads under one receive lock; sends may come from any bridge thread and are serialised
 * by the send lock. Anything malformed, of another payload type or from a stranger is dropped and
 * counted ({@link SourceLatch} says who is a stranger).
 */
public final class RtpEndpoint implements MediaEndpoint, RtpSockets.Receiver {

    private static final Logger log = LoggerFactory.getLogger(RtpEndpoint.class);
    private static final int EVENT_CLOCK_RATE = 8_000;

    private final String id;
    private final InetSocketAddress local;
    private final RtpLegCounters counters;
    private final Consumer<RtpEndpoint> onClose;
    private final RtpSockets sockets;
    private final OfferAnswer negotiation;
    private final AtomicReference<EndpointState> state = new AtomicReference<>(EndpointState.NEW);
    private final OutboundRtp outbound = new OutboundRtp();
    private final InboundAudio inbound = new InboundAudio();
    private final RtcpSession rtcp;
    private final SourceLatch latch = new SourceLatch();
    private final Object sendLock = new Object();
    private final Object receiveLock = new Object();
    private final byte[] sendBuffer = new byte[RtpSockets.MAX_DATAGRAM];
    private final LongAdder dropped = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    /** Used under the receive lock only. */
    private final G711Framer framer = new G711Framer();
    private final DtmfReceiver dtmfIn = new DtmfReceiver();
    private final DtmfDeduplicator pressedKeys = new DtmfDeduplicator();

    private volatile NegotiatedRtp negotiated;
    private volatile InetSocketAddress rtcpSignalled;
    /** Where the peer's RTCP came from, when on our RTCP port (symmetric RTCP); our reports go back there. */
    private volatile InetSocketAddress rtcpSource;
    private volatile AudioReceiver receiver;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile Consumer<Character> dtmfListener;
    private volatile Consumer<EndpointState> stateListener;
    private volatile InbandDtmf tones;

    RtpEndpoint(String id, InetAddress advertised, RtpPortPool ports, RtpLegCounters counters, Consumer<RtpEndpoint> onClose)
            throws MediaException {
        this.id = id;
        this.counters = counters;
        this.onClose = onClose;
        this.rtcp = new RtcpSession(outbound, inbound, "tsunagu-" + id, RtcpSession.RFC3550_INTERVAL);
        var pair = ports.allocate();
        int[] port = new int[1];
        this.sockets = new RtpSockets(pair, id, this, () -> ports.release(port[0]));
        port[0] = sockets.rtpPort();
        this.local = new InetSocketAddress(advertised, sockets.rtpPort());
        this.negotiation = new OfferAnswer(advertised.getHostAddress(), sockets.rtpPort());
    }

    @Override
    public String id() {
        return id;
    }

    /** Our address as SDP gives it: the engine's advertised address and this leg's RTP port (RTCP on the next). */
    public InetSocketAddress localAddress() {
        return local;
    }

    /** Where our RTP goes now: the latched source, else the address in the peer's SDP; null when held or not agreed. */
    public InetSocketAddress remoteAddress() {
        NegotiatedRtp current = negotiated;
        return current == null || current.remoteHeld() ? null : latch.destination();
    }

    /** What the latest offer/answer agreed, or null before the first. */
    public NegotiatedRtp negotiated() {
        return negotiated;
    }

    /** A sendrecv offer: an INVITE without SDP, a re-INVITE, a resume. */
    public String offer() throws MediaException {
        return offer(Direction.SENDRECV);
    }

    /** An offer in a given direction ({@code SENDONLY} puts the peer on hold, RFC 3264 §8.4). */
    public String offer(Direction direction) throws MediaException {
        EndpointState now = state.get();
        if (now.isFinal()) {
            throw closed();
        }
        String sdp = negotiation.offer(direction);
        if (now == EndpointState.NEW) {
            move(EndpointState.NEW, EndpointState.CONNECTING);
        }
        return sdp;
    }

    /** Reads the answer to our outstanding offer; the first one connects the leg. */
    public void acceptAnswer(String answer) throws MediaException {
        if (state.get().isFinal()) {
            throw closed();
        }
        apply(negotiation.acceptAnswer(answer));
    }

    /** Our offer got no answer (the re-INVITE was refused or cancelled): what was agreed before stays. */
    public void withdrawOffer() {
        negotiation.withdraw();
    }

    /**
     * Answers the peer's offer (an INVITE or re-INVITE): the first of PCMU and PCMA in the offer's
     * own order, telephone-event if offered, rtcp-mux if offered, our direction the offer's mirror.
     * Refused with {@code INVALID_SDP} when there is no common codec (and {@code UNSUPPORTED} for
     * encrypted RTP); a refused re-offer leaves the call as it was.
     */
    public String answer(String offer) throws MediaException {
        if (state.get().isFinal()) {
            throw closed();
        }
        PlainRtpAnswer answer = negotiation.answer(offer);
        apply(answer.audio());
        return answer.sdp().toSdp();
    }

    private void apply(NegotiatedRtp agreed) throws MediaException {
        InetSocketAddress media = agreed.remoteHeld() ? null : address(agreed.remoteAddress(), agreed.remotePort());
        InetSocketAddress control = agreed.rtcpMux() || agreed.remoteRtcpPort() == 0 || agreed.remoteHeld()
                ? null : address(agreed.remoteRtcpAddress(), agreed.remoteRtcpPort());
        synchronized (receiveLock) {
            latch.expect(media);
            if (control == null || !control.equals(rtcpSignalled)) {
                rtcpSource = null;
            }
            rtcpSignalled = control;
            negotiated = agreed;
            lastActivityNanos = System.nanoTime();
        }
        EndpointState now = state.get();
        if (now == EndpointState.NEW) {
            move(EndpointState.NEW, EndpointState.CONNECTING);
            now = EndpointState.CONNECTING;
        }
        if (now == EndpointState.CONNECTING && move(EndpointState.CONNECTING, EndpointState.CONNECTED)) {
            announce(EndpointState.CONNECTED);
        }
        log.debug("{}: {} to {} ({})", id, agreed.codec(), media, agreed.localDirection().sdpName());
    }

    @Override
    public EndpointState state() {
        return state.get();
    }

    @Override
    public AudioCodec sendCodec() {
        NegotiatedRtp current = negotiated;
        return current == null ? AudioCodec.PCMU : current.codec();
    }

    @Override
    public void receiver(AudioReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void sendAudio(AudioCodec codec, byte[] payload, int off, int len, int samples) {
        NegotiatedRtp current = negotiated;
        if (state.get() != EndpointState.CONNECTED || current == null || !current.localDirection().sends()) {
            return;
        }
        InetSocketAddress to = latch.destination();
        if (to == null) {
            return;
        }
        if (codec != current.codec()) {
            drop();
            return;
        }
        synchronized (sendLock) {
            outbound.reserve(samples, len, System.nanoTime());
            RtpHeader header = new RtpHeader(false, current.payloadType(), outbound.reservedSequence(), outbound.reservedTimestamp(),
                    outbound.ssrc());
            int length = RtpWriter.write(sendBuffer, 0, header, payload, off, len);
            sendRtp(length, to);
        }
    }

    /** Sends RTCP reports when due; tells whether the leg should be reaped for silence. */
    boolean tick(long nowNanos, long idleNanos) {
        EndpointState now = state.get();
        NegotiatedRtp current = negotiated;
        if (now == EndpointState.CONNECTED && current != null) {
            byte[] report;
            synchronized (receiveLock) {
                report = rtcp.reportIfDue(nowNanos, current.codec().clockRate());
            }
            if (report != null) {
                sendRtcp(report, current);
            }
        }
        boolean silent = nowNanos - lastActivityNanos > idleNanos;
        // A held or one-way leg may rightly hear nothing for as long as the hold lasts, and an offer
        // may wait for its answer as long as the phone rings: those are the owner's to end.
        boolean expectsTraffic = switch (now) {
            case NEW -> true;
            case CONNECTED -> current != null && current.localDirection() == Direction.SENDRECV;
            case CONNECTING, CLOSED, FAILED -> false;
        };
        return silent && expectsTraffic;
    }

    @Override
    public void onDatagram(boolean rtcpSocket, byte[] buf, int len, InetSocketAddress from) {
        counters.packetsReceived.increment();
        synchronized (receiveLock) {
            try {
                PacketKind kind = PacketKind.of(buf, 0, len);
                if (kind == PacketKind.RTP && !rtcpSocket) {
                    onRtp(buf, len, from);
                } else if (kind == PacketKind.RTCP) {
                    onRtcp(buf, len, from, rtcpSocket);
                } else {
                    drop();
                }
            } catch (MediaException e) {
                drop();
                log.trace("{}: dropped {}: {}", id, e.reason(), e.getMessage());
            }
        }
    }

    @Override
    public void onUnreadable() {
        drop();
    }

    private void onRtp(byte[] buf, int len, InetSocketAddress from) throws MediaException {
        NegotiatedRtp current = negotiated;
        if (current == null || state.get() != EndpointState.CONNECTED) {
            drop();
            return;
        }
        RtpPacket packet = RtpPacket.parse(buf, 0, len);
        int payloadType = packet.payloadType();
        boolean event = current.telephoneEventPayloadType().isPresent() && current.telephoneEventPayloadType().getAsInt() == payloadType;
        // Checked before latching, so that stray packets of another kind cannot latch.
        if ((!event && payloadType != current.payloadType()) || packet.payloadLength() == 0) {
            drop();
            return;
        }
        if (latch.offer(from, packet.ssrc(), packet.sequenceNumber()) != SourceLatch.Verdict.ACCEPT) {
            drop();
            return;
        }
        long now = System.nanoTime();
        lastActivityNanos = now;
        if (event) {
            char key = dtmfIn.receive(packet.timestamp(), packet.buffer(), packet.payloadOffset(), packet.payloadLength());
            if (pressedKeys.event(key, now)) {
                pressed(key);
            }
            return;
        }
        AudioCodec codec = current.codec();
        inbound.received(packet, codec.clockRate(), now);
        AudioReceiver target = receiver;
        if (target != null) {
            framer.accept(codec, packet.timestamp(), packet.buffer(), packet.payloadOffset(), packet.payloadLength(),
                    (c, timestamp, sequence, frame, off, length) -> target.onAudio(this, c, timestamp, sequence, frame, off, length));
        }
        InbandDtmf detector = tones;
        if (detector != null && pressedKeys.tonesCount()) {
            try {
                detector.accept(codec, packet.buffer(), packet.payloadOffset(), packet.payloadLength());
            } catch (MediaException e) {
                log.trace("{}: no DTMF detection in an undecodable frame: {}", id, e.getMessage());
            }
        }
    }

    private void onRtcp(byte[] buf, int len, InetSocketAddress from, boolean rtcpSocket) throws MediaException {
        InetSocketAddress control = rtcpSignalled;
        boolean fromPeer = latch.isPeerHost(from.getAddress()) || (control != null && control.getAddress().equals(from.getAddress()));
        if (negotiated == null || !fromPeer) {
            drop();
            return;
        }
        rtcp.received(buf, 0, len, System.nanoTime());
        lastActivityNanos = System.nanoTime();
        if (rtcpSocket) {
            rtcpSource = from;
        }
    }

    private void sendRtp(int length, InetSocketAddress to) {
        if (sockets.send(false, sendBuffer, 0, length, to)) {
            sent.increment();
            bytesSent.add(length);
            counters.packetsSent.increment();
        } else {
            drop();
        }
    }

    private void sendRtcp(byte[] report, NegotiatedRtp current) {
        InetSocketAddress to;
        boolean fromRtcpPort = !current.rtcpMux();
        if (current.rtcpMux()) {
            to = latch.destination();
        } else {
            InetSocketAddress learnt = rtcpSource;
            to = learnt != null ? learnt : rtcpSignalled;
        }
        if (to == null || current.remoteHeld()) {
            return;
        }
        if (sockets.send(fromRtcpPort, report, 0, report.length, to)) {
            counters.packetsSent.increment();
        }
    }

    @Override
    public EndpointStats stats() {
        return new EndpointStats(state.get(), inbound.packets(), inbound.bytes(), inbound.lost(), inbound.lossPercent(),
                inbound.jitterMs(), rtcp.rttMs(), sent.sum(), bytesSent.sum(), dropped.sum());
    }

    @Override
    public void onStateChange(Consumer<EndpointState> listener) {
        this.stateListener = listener;
    }

    @Override
    public void onDtmf(Consumer<Character> listener) {
        this.dtmfListener = listener;
    }

    @Override
    public void detectInbandDtmf(boolean on) {
        if (!on) {
            tones = null;
        } else if (tones == null) {
            tones = new InbandDtmf(this::onTone);
        }
    }

    @Override
    public boolean sendDtmf(char key, int millis) {
        NegotiatedRtp current = negotiated;
        if (current == null || current.telephoneEventPayloadType().isEmpty() || state.get() != EndpointState.CONNECTED
                || !current.localDirection().sends()) {
            return false;
        }
        int payloadType = current.telephoneEventPayloadType().getAsInt();
        long start;
        synchronized (sendLock) {
            start = outbound.nextTimestamp();
        }
        for (DtmfSender.Packet event : new DtmfSender(EVENT_CLOCK_RATE).packets(key, millis, start, DtmfSender.DEFAULT_VOLUME)) {
            CompletableFuture.delayedExecutor(event.sendAfterMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> sendTelephoneEvent(payloadType, event));
        }
        return true;
    }

    private void sendTelephoneEvent(int payloadType, DtmfSender.Packet event) {
        InetSocketAddress to = latch.destination();
        if (to == null || state.get() != EndpointState.CONNECTED) {
            return;
        }
        byte[] payload = new byte[TelephoneEvent.LENGTH];
        event.event().write(payload, 0);
        synchronized (sendLock) {
            int sequence = outbound.reserveSequence(payload.length);
            RtpHeader header = new RtpHeader(event.marker(), payloadType, sequence, event.timestamp(), outbound.ssrc());
            sendRtp(RtpWriter.write(sendBuffer, 0, header, payload, 0, payload.length), to);
        }
    }

    @Override
    public void close() {
        EndpointState previous = state.getAndUpdate(s -> s.isFinal() ? s : EndpointState.CLOSED);
        if (previous.isFinal()) {
            return;
        }
        NegotiatedRtp current = negotiated;
        if (previous == EndpointState.CONNECTED && current != null) {
            // RFC 3550 §6.6: say goodbye, so the peer's statistics end here rather than time out.
            sendRtcp(RtcpCompound.encode(List.of(new ReceiverReport(outbound.ssrc(), List.of()), Bye.of(outbound.ssrc()))), current);
        }
        announce(EndpointState.CLOSED);
        receiver = null;
        sockets.close();
        onClose.accept(this);
    }

    private void onTone(char key) {
        if (pressedKeys.tone(key, System.nanoTime())) {
            pressed(key);
        }
    }

    private void pressed(char key) {
        Consumer<Character> listener = dtmfListener;
        if (listener != null) {
            listener.accept(key);
        }
    }

    private void announce(EndpointState now) {
        Consumer<EndpointState> listener = stateListener;
        if (listener != null) {
            listener.accept(now);
        }
    }

    private void drop() {
        dropped.increment();
        counters.packetsDropped.increment();
    }

    private boolean move(EndpointState from, EndpointState to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException(from + " → " + to);
        }
        return state.compareAndSet(from, to);
    }

    private MediaException closed() {
        return new MediaException(MediaException.Reason.INVALID_SDP, id + " is closed");
    }

    private static InetSocketAddress address(String literal, int port) throws MediaException {
        try {
            return new InetSocketAddress(InetAddress.ofLiteral(literal), port);
        } catch (IllegalArgumentException e) {
            throw new MediaException(MediaException.Reason.INVALID_SDP, "not an IP address and port: " + literal + " " + port);
        }
    }
}
