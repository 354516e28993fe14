package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.AudioReceiver;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.EndpointStats;
import dev.tsunagu.media.MediaEndpoint;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.DtmfSender;
import dev.tsunagu.media.codec.TelephoneEvent;
import dev.tsunagu.media.dtls.DtlsSession;
import dev.tsunagu.media.dtls.SrtpKeyingMaterial;
import dev.tsunagu.media.ice.IceCheckResult;
import dev.tsunagu.media.ice.IceCredentials;
import dev.tsunagu.media.ice.IceLiteAgent;
import dev.tsunagu.media.rtp.PacketKind;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.srtp.SrtpKeys;
import dev.tsunagu.media.srtp.SrtpProfile;
import dev.tsunagu.media.srtp.SrtpSession;
import dev.tsunagu.media.stream.InboundAudio;
import dev.tsunagu.media.stream.OutboundRtp;
import dev.tsunagu.media.stream.RtcpSession;
import dev.tsunagu.media.transport.DatagramRoute;
import dev.tsunagu.media.video.VideoPort;
import dev.tsunagu.media.video.VideoTrack;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser's media leg: ICE-lite on the shared port, DTLS-SRTP, one audio stream each way, and
 * on video legs any number of bundled video sections for a {@code VideoRoom} (answered again on
 * every re-offer, without a new handshake). Received datagrams arrive on the port's reader thread; sends may come from any bridge thread
 * and are serialised by the send lock (the SRTP context is single-threaded by design).
 */
public final class WebRtcEndpoint implements MediaEndpoint, DatagramRoute {

    private static final Logger log = LoggerFactory.getLogger(WebRtcEndpoint.class);
    private static final int MAX_PACKET = 1500;
    /** Our SRTP profiles, best first: AES-GCM is authenticated encryption in one pass, with JDK intrinsics. */
    private static final int[] PROFILES = {SrtpProfile.AEAD_AES_128_GCM.dtlsId(), SrtpProfile.AES_CM_128_HMAC_SHA1_80.dtlsId()};

    private final String id;
    private final WebRtcTransportContext transport;
    private final IceLiteAgent ice;
    private final Consumer<WebRtcEndpoint> onClose;
    private final AtomicReference<EndpointState> state = new AtomicReference<>(EndpointState.NEW);
    private final OutboundRtp outbound = new OutboundRtp();
    private final InboundAudio inbound = new InboundAudio();
    private final RtcpSession rtcp;
    private final Object sendLock = new Object();
    private final byte[] sendPlain = new byte[MAX_PACKET];
    private final byte[] sendProtected = new byte[MAX_PACKET + 64];
    private final byte[] receivePlain = new byte[MAX_PACKET + 64];
    private final LongAdder dropped = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();

    private volatile AudioNegotiation audio;
    private volatile InetSocketAddress peer;
    private volatile DtlsSession dtls;
    private volatile SrtpSession srtp;
    private volatile AudioReceiver receiver;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile Consumer<EndpointState> stateListener;
    private final ReceivedKeys pressedKeys = new ReceivedKeys();
    /** Null on audio-only legs, which reject video sections and re-offers as before. */
    private final VideoLeg video;

    WebRtcEndpoint(String id, WebRtcTransportContext transport, Consumer<WebRtcEndpoint> onClose, boolean withVideo) {
        this.id = id;
        this.transport = transport;
        this.ice = new IceLiteAgent(IceCredentials.random());
        this.onClose = onClose;
        this.rtcp = new RtcpSession(outbound, inbound, "tsunagu-" + id);
        this.video = withVideo ? new VideoLeg(this, outbound.ssrc()) : null;
    }

    @Override
    public String id() {
        return id;
    }

    public IceCredentials iceCredentials() {
        return ice.local();
    }

    /**
     * Answers the browser's offer and waits for its checks and handshake. The answer is
     * ICE-lite with our one host candidate, DTLS passive, and the first of Opus, PCMU, PCMA the
     * browser offered.
     */
    public String answer(String offer) throws MediaException {
        if (video != null && state.get() != EndpointState.NEW) {
            return reanswer(offer);
        }
        AudioNegotiation negotiated = negotiate(offer);
        if (!move(EndpointState.NEW, EndpointState.CONNECTING)) {
            throw new MediaException(MediaException.Reason.INVALID_SDP, "this endpoint has already answered an offer");
        }
        audio = negotiated;
        if (video != null) {
            video.negotiated(negotiated.video());
        }
        ice.remoteUfrag(negotiated.remoteUfrag());
        dtls = DtlsSession.start(transport.certificate(), negotiated.remoteFingerprint(), PROFILES, transport.handshakeTimeout(),
                this::sendToPeer, new DtlsListener(), id);
        return negotiated.answerSdp();
    }

    private AudioNegotiation negotiate(String offer) throws MediaException {
        return AudioNegotiation.answer(offer, ice.local(), transport.certificate().fingerprint(), transport.candidate(),
                transport.mux().acceptsTcp(),
                outbound.ssrc(), "tsunagu-" + id, video == null ? null : video.nextParameters());
    }

    /**
     * A re-offer on a video leg (a track added or removed, a participant joined): the same ICE and
     * DTLS session, new sections. An ICE restart or a new certificate would need a new handshake,
     * which a new endpoint does better.
     */
    private synchronized String reanswer(String offer) throws MediaException {
        if (state.get().isFinal()) {
            throw new MediaException(MediaException.Reason.INVALID_SDP, "this endpoint is closed");
        }
        AudioNegotiation negotiated = negotiate(offer);
        AudioNegotiation current = audio;
        if (!negotiated.remoteUfrag().equals(current.remoteUfrag())
                || !negotiated.remoteFingerprint().equals(current.remoteFingerprint())) {
            throw new MediaException(MediaException.Reason.UNSUPPORTED, "a re-offer that restarts ICE or DTLS needs a new endpoint");
        }
        audio = negotiated;
        video.negotiated(negotiated.video());
        return negotiated.answerSdp();
    }

    @Override
    public EndpointState state() {
        return state.get();
    }

    @Override
    public AudioCodec sendCodec() {
        AudioNegotiation negotiated = audio;
        return negotiated == null ? AudioCodec.OPUS : negotiated.sendCodec();
    }

    @Override
    public void receiver(AudioReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void sendAudio(AudioCodec codec, byte[] payload, int off, int len, int samples) {
        AudioNegotiation negotiated = audio;
        SrtpSession keys = srtp;
        InetSocketAddress to = peer;
        if (state.get() != EndpointState.CONNECTED || keys == null || to == null || negotiated == null) {
            return;
        }
        int payloadType = negotiated.payloadType(codec);
        if (payloadType < 0) {
            dropped.increment();
            return;
        }
        synchronized (sendLock) {
            outbound.reserve(samples, len, System.nanoTime());
            RtpHeader header = new RtpHeader(false, payloadType, outbound.reservedSequence(), outbound.reservedTimestamp(), outbound.ssrc());
            int plain = RtpWriter.write(sendPlain, 0, header, payload, off, len);
            protectAndSend(keys, sendPlain, 0, plain, to);
        }
    }

    @Override
    public void onDatagram(byte[] buf, int off, int len, InetSocketAddress from) {
        try {
            switch (PacketKind.of(buf, off, len)) {
                case STUN -> onStun(buf, off, len, from);
                case DTLS -> onDtls(buf, off, len, from);
                case RTP -> onRtp(buf, off, len, from);
                case RTCP -> onRtcp(buf, off, len, from);
                default -> drop();
            }
        } catch (MediaException e) {
            drop();
            log.trace("{}: dropped {}: {}", id, e.reason(), e.getMessage());
        }
    }

    /** Sends RTCP reports when due and tells whether the endpoint has gone quiet for longer than {@code idleNanos}. */
    public boolean tick(long nowNanos, long idleNanos) {
        if (state.get() == EndpointState.CONNECTED) {
            byte[] report = rtcp.reportIfDue(nowNanos, sendCodec().clockRate());
            if (report != null) {
                sendRtcp(report);
            }
            byte[] videoReport = video == null ? null : video.reportIfDue(nowNanos);
            if (videoReport != null) {
                sendRtcp(videoReport);
            }
        }
        return nowNanos - lastActivityNanos > idleNanos;
    }

    @Override
    public EndpointStats stats() {
        return new EndpointStats(state.get(), inbound.packets(), inbound.bytes(), inbound.lost(), inbound.lossPercent(),
                inbound.jitterMs(), rtcp.rttMs(), sent.sum(), bytesSent.sum(), dropped.sum());
    }

    @Override
    public void close() {
        end(EndpointState.CLOSED);
    }

    private void end(EndpointState finalState) {
        EndpointState previous = state.getAndUpdate(s -> s.isFinal() ? s : finalState);
        if (previous.isFinal()) {
            return;
        }
        announce(finalState);
        receiver = null;
        if (video != null) {
            video.closed();
        }
        DtlsSession session = dtls;
        if (session != null) {
            session.close();
        }
        InetSocketAddress address = peer;
        if (address != null) {
            transport.mux().unroute(address, this);
        }
        onClose.accept(this);
    }

    private void onStun(byte[] buf, int off, int len, InetSocketAddress from) throws MediaException {
        IceCheckResult result = ice.handle(buf, off, len, from, transport.mux()::send);
        if (result == IceCheckResult.REFUSED) {
            drop();
            return;
        }
        lastActivityNanos = System.nanoTime();
        InetSocketAddress current = peer;
        // Lite agents take the nominated pair; until a nomination, the latest valid check is the best we know.
        if (current == null || (result == IceCheckResult.NOMINATED && !current.equals(from))) {
            peer = from;
            transport.mux().route(from, this);
            if (current != null) {
                transport.mux().unroute(current, this);
            }
        }
    }

    private void onDtls(byte[] buf, int off, int len, InetSocketAddress from) {
        DtlsSession session = dtls;
        if (session == null || !from.equals(peer) || !session.receive(buf, off, len)) {
            drop();
            return;
        }
        lastActivityNanos = System.nanoTime();
    }

    private void onRtp(byte[] buf, int off, int len, InetSocketAddress from) throws MediaException {
        SrtpSession keys = srtp;
        AudioNegotiation negotiated = audio;
        if (keys == null || negotiated == null || !from.equals(peer)) {
            drop();
            return;
        }
        int plain = keys.unprotectRtp(buf, off, len, receivePlain);
        RtpPacket packet = RtpPacket.parse(receivePlain, 0, plain);
        lastActivityNanos = System.nanoTime();
        VideoTrack track = video == null ? null : video.trackOf(packet);
        if (track != null) {
            video.received(track, packet, lastActivityNanos);
            return;
        }
        if (packet.payloadType() == negotiated.telephoneEventPayloadType()) {
            pressedKeys.event(packet);
            return;
        }
        AudioCodec codec = negotiated.codecOf(packet.payloadType());
        inbound.received(packet, codec == null ? AudioCodec.OPUS.clockRate() : codec.clockRate(), System.nanoTime());
        AudioReceiver target = receiver;
        if (codec != null && target != null) {
            target.onAudio(this, codec, packet.timestamp(), packet.sequenceNumber(), packet.buffer(), packet.payloadOffset(),
                    packet.payloadLength());
        }
        if (codec != null) {
            pressedKeys.audio(codec, packet);
        }
    }

    @Override
    public void onStateChange(Consumer<EndpointState> listener) {
        this.stateListener = listener;
    }

    private void announce(EndpointState now) {
        Consumer<EndpointState> listener = stateListener;
        if (listener != null) {
            listener.accept(now);
        }
    }

    @Override
    public void onDtmf(Consumer<Character> listener) {
        pressedKeys.listener(listener);
    }

    @Override
    public void detectInbandDtmf(boolean on) {
        pressedKeys.detectTones(on);
    }

    @Override
    public boolean sendDtmf(char key, int millis) {
        AudioNegotiation negotiated = audio;
        if (negotiated == null || negotiated.telephoneEventPayloadType() < 0 || state.get() != EndpointState.CONNECTED) {
            return false;
        }
        int clockRate = sendCodec().clockRate();
        long start;
        synchronized (sendLock) {
            start = outbound.nextTimestamp();
        }
        for (DtmfSender.Packet event : new DtmfSender(clockRate).packets(key, millis, start, DtmfSender.DEFAULT_VOLUME)) {
            Executor later = CompletableFuture.delayedExecutor(event.sendAfterMillis(), TimeUnit.MILLISECONDS);
            later.execute(() -> sendTelephoneEvent(negotiated.telephoneEventPayloadType(), event));
        }
        return true;
    }

    private void sendTelephoneEvent(int payloadType, DtmfSender.Packet event) {
        SrtpSession keys = srtp;
        InetSocketAddress to = peer;
        if (keys == null || to == null) {
            return;
        }
        byte[] payload = new byte[TelephoneEvent.LENGTH];
        event.event().write(payload, 0);
        synchronized (sendLock) {
            int sequence = outbound.reserveSequence(payload.length);
            RtpHeader header = new RtpHeader(event.marker(), payloadType, sequence, event.timestamp(), outbound.ssrc());
            int plain = RtpWriter.write(sendPlain, 0, header, payload, 0, payload.length);
            try {
                int length = keys.protectRtp(sendPlain, 0, plain, sendProtected);
                transport.mux().send(sendProtected, 0, length, to);
            } catch (MediaException e) {
                dropped.increment();
            }
        }
    }

    private void onRtcp(byte[] buf, int off, int len, InetSocketAddress from) throws MediaException {
        SrtpSession keys = srtp;
        if (keys == null || !from.equals(peer)) {
            drop();
            return;
        }
        int plain = keys.unprotectRtcp(buf, off, len, receivePlain);
        lastActivityNanos = System.nanoTime();
        if (video != null) {
            video.onRtcp(receivePlain, 0, plain, lastActivityNanos);
        }
        rtcp.received(receivePlain, 0, plain, System.nanoTime());
    }

    /** This leg's video for a {@code VideoRoom}; only on legs made with video. */
    public VideoPort video() {
        if (video == null) {
            throw new IllegalStateException(id + " is an audio-only leg");
        }
        return video;
    }

    /** Protects and sends one plaintext RTP packet of ours (a video slot's); false when the leg cannot send now. */
    boolean sendRtp(byte[] packet, int off, int len) {
        SrtpSession keys = srtp;
        InetSocketAddress to = peer;
        if (state.get() != EndpointState.CONNECTED || keys == null || to == null) {
            return false;
        }
        synchronized (sendLock) {
            return protectAndSend(keys, packet, off, len, to);
        }
    }

    /** Under the send lock. */
    private boolean protectAndSend(SrtpSession keys, byte[] packet, int off, int len, InetSocketAddress to) {
        try {
            int length = keys.protectRtp(packet, off, len, sendProtected);
            transport.mux().send(sendProtected, 0, length, to);
            sent.increment();
            bytesSent.add(length);
            transport.counters().packetsSent.increment();
            return true;
        } catch (MediaException e) {
            dropped.increment();
            log.debug("{}: protect failed: {}", id, e.getMessage());
            return false;
        }
    }

    void sendRtcpWhenConnected(byte[] packet) {
        if (state.get() == EndpointState.CONNECTED) {
            sendRtcp(packet);
        }
    }

    /** Video packets received from the browser (all its published streams). */
    public long videoPacketsReceived() {
        return video == null ? 0 : video.packetsReceived();
    }

    private void sendRtcp(byte[] report) {
        SrtpSession keys = srtp;
        InetSocketAddress to = peer;
        if (keys == null || to == null) {
            return;
        }
        synchronized (sendLock) {
            try {
                int length = keys.protectRtcp(report, 0, report.length, sendProtected);
                transport.mux().send(sendProtected, 0, length, to);
            } catch (MediaException e) {
                dropped.increment();
            }
        }
    }

    private void sendToPeer(byte[] buf, int off, int len) {
        InetSocketAddress to = peer;
        if (to != null) {
            transport.mux().send(buf, off, len, to);
        }
    }

    private void drop() {
        dropped.increment();
        transport.counters().packetsDropped.increment();
    }

    private boolean move(EndpointState from, EndpointState to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException(from + " → " + to);
        }
        return state.compareAndSet(from, to);
    }

    private final class DtlsListener implements DtlsSession.Listener {
        @Override
        public void onKeys(SrtpKeyingMaterial keys) {
            try {
                SrtpProfile profile = SrtpProfile.fromDtlsId(keys.profileId());
                srtp = SrtpSession.create(SrtpKeys.fromDtlsExport(keys.material(), profile, true));
                move(EndpointState.CONNECTING, EndpointState.CONNECTED);
                announce(EndpointState.CONNECTED);
                log.debug("{}: connected to {} with {}", id, peer, profile);
            } catch (MediaException e) {
                onFailure(e);
            }
        }

        @Override
        public void onFailure(MediaException failure) {
            transport.counters().handshakesFailed.increment();
            log.info("{}: {}", id, failure.getMessage());
            end(EndpointState.FAILED);
        }

        @Override
        public void onClosed() {
            end(EndpointState.CLOSED);
        }
    }
}
