package dev.tsunagu.media;

import dev.tsunagu.media.bridge.BridgeMembership;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.bridge.HoldingBridge;
import dev.tsunagu.media.bridge.MixingBridge;
import dev.tsunagu.media.bridge.TwoPartyBridge;
import dev.tsunagu.media.dtls.DtlsCertificate;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.media.rtpleg.RtpEndpoints;
import dev.tsunagu.media.transport.UdpMux;
import dev.tsunagu.media.video.VideoRoom;
import dev.tsunagu.media.video.VideoRoomSettings;
import dev.tsunagu.media.webrtc.EngineCounters;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.media.webrtc.WebRtcEndpoints;
import dev.tsunagu.media.webrtc.WebRtcTransportContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The media engine (DESIGN §4): one UDP port for every WebRTC leg, a port pair per plain RTP leg,
 * one DTLS certificate, a 20 ms clock, and the factories for endpoints and bridges. Plain Java;
 * the server holds one.
 */
public final class MediaEngine implements AutoCloseable {

    private final UdpMux mux;
    private final WebRtcEndpoints endpoints;
    private final RtpEndpoints rtpEndpoints;
    private final EngineCounters counters = new EngineCounters();
    private final BridgeMembership membership = new BridgeMembership();
    private final MediaClock clock = new MediaClock();
    private final InetSocketAddress candidate;

    private MediaEngine(MediaEngineConfig config) throws IOException {
        this.endpoints = new WebRtcEndpoints(config.idleTimeout());
        this.mux = UdpMux.open(config.port(), endpoints);
        this.candidate = new InetSocketAddress(config.advertisedAddress(), mux.localPort());
        endpoints.transport(new WebRtcTransportContext(mux, DtlsCertificate.generate(), candidate, config.handshakeTimeout(), counters));
        this.rtpEndpoints = new RtpEndpoints(config.advertisedAddress(), config.rtpPortMin(), config.rtpPortMax(),
                config.rtpIdleTimeout());
        clock.add(endpoints::tick);
        clock.add(rtpEndpoints::tick);
    }

    public static MediaEngine start(MediaEngineConfig config) throws IOException {
        return new MediaEngine(config);
    }

    /** The address and port browsers send media to. */
    public InetSocketAddress candidate() {
        return candidate;
    }

    /** A new browser leg; give it the browser's offer with {@link WebRtcEndpoint#answer}. */
    public WebRtcEndpoint createWebRtcEndpoint(String label) {
        return endpoints.create(label, membership::closed);
    }

    /**
     * A new browser leg with video: it also accepts VP8/H.264 sections bundled with the audio, and
     * answers re-offers (tracks added or removed) without a new handshake. Put its
     * {@link WebRtcEndpoint#video()} in a {@link VideoRoom}.
     */
    public WebRtcEndpoint createVideoEndpoint(String label) {
        return endpoints.create(label, membership::closed, true);
    }

    /** A room that forwards every participant's video to the others (an SFU), with the default limits. */
    public VideoRoom createVideoRoom() {
        return createVideoRoom(VideoRoomSettings.DEFAULTS);
    }

    public VideoRoom createVideoRoom(VideoRoomSettings settings) {
        VideoRoom room = new VideoRoom(settings, System::nanoTime, clock::remove);
        clock.add(room);
        return room;
    }

    /**
     * A new plain RTP leg (SIP phones, trunks) on its own port pair from the configured range;
     * give it the peer's offer with {@link RtpEndpoint#answer}, or make one with {@link RtpEndpoint#offer}.
     * Refused with {@code PORTS_EXHAUSTED} when every pair of the range is taken.
     */
    public RtpEndpoint createRtpEndpoint(String label) throws MediaException {
        return rtpEndpoints.create(label, membership::closed);
    }

    /** A bridge that plays each leg back to itself after {@code delay} (the audio check). */
    public EchoBridge createEchoBridge(Duration delay) {
        return new EchoBridge(membership, clock, delay);
    }

    /** A call between two legs: forwarded when their codecs match, transcoded otherwise. */
    public TwoPartyBridge createTwoPartyBridge() {
        return new TwoPartyBridge(membership);
    }

    /** A conference of any number of legs with per-leg roles (participant, listen-only, whisper). */
    public MixingBridge createMixingBridge() {
        return new MixingBridge(membership, clock);
    }

    /** Where held legs hear {@code source} (music on hold) and are heard by nobody. */
    public HoldingBridge createHoldingBridge(AudioSource source) {
        return new HoldingBridge(membership, clock, source);
    }

    /** Every live endpoint's counters, by endpoint id. */
    public java.util.Map<String, EndpointStats> endpointStats() {
        var stats = new java.util.TreeMap<String, EndpointStats>();
        endpoints.all().forEach(e -> stats.put(e.id(), e.stats()));
        rtpEndpoints.all().forEach(e -> stats.put(e.id(), e.stats()));
        return stats;
    }

    public EngineMetrics metrics() {
        // The port counts what no endpoint owns; endpoints count what they refused. RTP legs count on their own sockets.
        var rtp = rtpEndpoints.counters();
        return new EngineMetrics(endpoints.size() + rtpEndpoints.size(), mux.receivedCount() + rtp.packetsReceived(),
                counters.packetsSent() + rtp.packetsSent(),
                counters.packetsDropped() + mux.droppedCount() + mux.failedCount() + rtp.packetsDropped(),
                counters.handshakesFailed(), counters.endpointsReaped() + rtp.endpointsReaped(), rtpEndpoints.size());
    }

    @Override
    public void close() {
        clock.close();
        endpoints.closeAll();
        rtpEndpoints.closeAll();
        mux.close();
    }
}
