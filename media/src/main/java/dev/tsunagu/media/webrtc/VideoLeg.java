package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtcp.FullIntraRequest;
import dev.tsunagu.media.rtcp.GenericNack;
import dev.tsunagu.media.rtcp.PictureLossIndication;
import dev.tsunagu.media.rtcp.ReceiverReport;
import dev.tsunagu.media.rtcp.ReceptionStatistics;
import dev.tsunagu.media.rtcp.Remb;
import dev.tsunagu.media.rtcp.ReportBlock;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtcp.SenderReport;
import dev.tsunagu.media.rtp.HeaderExtension;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.sdp.LocalVideoParameters;
import dev.tsunagu.media.sdp.NegotiatedVideo;
import dev.tsunagu.media.video.VideoCodec;
import dev.tsunagu.media.video.VideoPort;
import dev.tsunagu.media.video.VideoReceiver;
import dev.tsunagu.media.video.VideoSlot;
import dev.tsunagu.media.video.VideoTrack;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The video sections of one browser leg: which SSRC belongs to which published section, our SSRC
 * on each section we send on (kept across re-offers, so the browser's tracks survive), reception
 * statistics for our receiver reports, and the split of the browser's RTCP into feedback about our
 * video (for the room) and the rest (for the audio's RTCP session).
 */
final class VideoLeg implements VideoPort {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long NANOS = 1_000_000_000L;
    private static final long REPORT_INTERVAL_NANOS = NANOS;
    /** RFC 3550 §6.4.2: at most 31 report blocks in one report. */
    private static final int MAX_BLOCKS = 31;

    private final WebRtcEndpoint endpoint;
    private final VideoPort port = this;
    private final long rtcpSsrc;
    private final Map<String, Long> localSsrcs = new ConcurrentHashMap<>();
    private final Map<Long, VideoTrack> bySsrc = new ConcurrentHashMap<>();
    private final Map<Long, ReceptionStatistics> inbound = new ConcurrentHashMap<>();
    private volatile List<NegotiatedVideo> sections = List.of();
    private volatile List<VideoSlot> slots = List.of();
    private volatile VideoReceiver receiver;
    private long sessionVersion = 1;
    private long nextReportNanos;

    VideoLeg(WebRtcEndpoint endpoint, long rtcpSsrc) {
        this.endpoint = endpoint;
        this.rtcpSsrc = rtcpSsrc;
    }

    /** Parameters for the next answer: a higher session version each time, the same SSRC per mid. */
    synchronized LocalVideoParameters nextParameters() {
        return LocalVideoParameters.of(this::ssrcOf, ++sessionVersion);
    }

    private long ssrcOf(String mid) {
        return localSsrcs.computeIfAbsent(mid, m -> {
            long ssrc;
            do {
                ssrc = RANDOM.nextInt() & 0xFFFFFFFFL;
            } while (ssrc == rtcpSsrc || localSsrcs.containsValue(ssrc));
            return ssrc;
        });
    }

    /** The sections of the latest answer; tells the receiver when it changed anything. */
    void negotiated(List<NegotiatedVideo> video) {
        sections = List.copyOf(video);
        List<VideoSlot> newSlots = new ArrayList<>();
        for (NegotiatedVideo v : video) {
            if (v.sends()) {
                newSlots.add(new VideoSlot(v.mid(), v.localSsrc(), v.payloadTypes()));
            }
        }
        slots = List.copyOf(newSlots);
        // Keep what was learnt from mid extensions for sections that still publish; forget the rest.
        bySsrc.values().removeIf(t -> video.stream().noneMatch(v -> v.receives() && v.mid().equals(t.mid())));
        for (NegotiatedVideo v : video) {
            if (v.receives() && v.remoteSsrc() >= 0) {
                bySsrc.values().removeIf(t -> t.mid().equals(v.mid()) && t.ssrc() != v.remoteSsrc());
                bySsrc.put(v.remoteSsrc(), new VideoTrack(v.mid(), v.remoteSsrc(), v.payloadTypes()));
            }
        }
        inbound.keySet().retainAll(bySsrc.keySet());
        changed();
    }

    void closed() {
        sections = List.of();
        slots = List.of();
        bySsrc.clear();
        changed();
        receiver = null;
    }

    private void changed() {
        VideoReceiver target = receiver;
        if (target != null) {
            target.onVideoNegotiated(port);
        }
    }

    @Override
    public String id() {
        return endpoint.id();
    }

    @Override
    public boolean sendVideo(byte[] packet, int off, int len) {
        return endpoint.sendRtp(packet, off, len);
    }

    @Override
    public void sendFeedback(RtcpPacket feedback) {
        endpoint.sendRtcpWhenConnected(feedback.encode());
    }

    @Override
    public long rtcpSsrc() {
        return rtcpSsrc;
    }

    @Override
    public List<VideoTrack> publishedTracks() {
        List<VideoTrack> out = new ArrayList<>();
        for (NegotiatedVideo v : sections) {
            bySsrc.values().stream().filter(t -> t.mid().equals(v.mid())).forEach(out::add);
        }
        return out;
    }

    @Override
    public List<VideoSlot> receivingSlots() {
        return slots;
    }

    @Override
    public void videoReceiver(VideoReceiver receiver) {
        this.receiver = receiver;
    }

    /**
     * The published track a packet belongs to: by SSRC as signalled, else by its {@code sdes:mid}
     * header extension (RFC 8843 §9.2: a browser may send before its SSRC is signalled); null when
     * it is not video.
     */
    VideoTrack trackOf(RtpPacket packet) {
        VideoTrack known = bySsrc.get(packet.ssrc());
        if (known != null || !packet.hasExtension()) {
            return known;
        }
        for (NegotiatedVideo v : sections) {
            if (!v.receives() || v.midExtensionId() < 1) {
                continue;
            }
            HeaderExtension mid = packet.extension(v.midExtensionId());
            if (mid != null && new String(mid.data(), StandardCharsets.US_ASCII).equals(v.mid())) {
                VideoTrack learnt = new VideoTrack(v.mid(), packet.ssrc(), v.payloadTypes());
                bySsrc.values().removeIf(t -> t.mid().equals(v.mid()));
                bySsrc.put(packet.ssrc(), learnt);
                changed();
                return learnt;
            }
        }
        return null;
    }

    void received(VideoTrack track, RtpPacket packet, long nowNanos) {
        inbound.computeIfAbsent(track.ssrc(), s -> new ReceptionStatistics(s, VideoCodec.CLOCK_RATE, NANOS))
                .onPacket(packet, nowNanos);
        VideoReceiver target = receiver;
        if (target != null) {
            target.onVideo(port, track, packet);
        }
    }

    /** Hands feedback about our video to the room and sender reports to the statistics. */
    void onRtcp(byte[] buf, int off, int len, long nowNanos) throws MediaException {
        VideoReceiver target = receiver;
        for (RtcpPacket packet : RtcpCompound.parse(buf, off, len)) {
            boolean feedback = switch (packet) {
                case GenericNack n -> isSlot(n.mediaSsrc());
                case PictureLossIndication p -> isSlot(p.mediaSsrc());
                case FullIntraRequest f -> f.entries().stream().anyMatch(e -> isSlot(e.ssrc()));
                case Remb r -> true;
                case SenderReport sr -> {
                    ReceptionStatistics stats = inbound.get(sr.ssrc());
                    if (stats != null) {
                        stats.onSenderReport(sr, nowNanos);
                    }
                    yield false;
                }
                default -> false;
            };
            if (feedback && target != null) {
                target.onVideoFeedback(port, packet);
            }
        }
    }

    private boolean isSlot(long ssrc) {
        for (VideoSlot slot : slots) {
            if (slot.ssrc() == ssrc) {
                return true;
            }
        }
        return false;
    }

    /** A receiver report on the published streams, once a second (their senders' loss-based rate control reads it). */
    byte[] reportIfDue(long nowNanos) {
        if (inbound.isEmpty() || nowNanos - nextReportNanos < 0) {
            return null;
        }
        nextReportNanos = nowNanos + REPORT_INTERVAL_NANOS;
        List<ReportBlock> blocks = new ArrayList<>();
        for (ReceptionStatistics stats : inbound.values()) {
            ReportBlock block = stats.reportBlock(nowNanos);
            if (block != null && blocks.size() < MAX_BLOCKS) {
                blocks.add(block);
            }
        }
        return blocks.isEmpty() ? null : new ReceiverReport(rtcpSsrc, blocks).encode();
    }

    @Override
    public String toString() {
        return "video of " + endpoint.id();
    }

    long packetsReceived() {
        return inbound.values().stream().mapToLong(ReceptionStatistics::packets).sum();
    }
}
