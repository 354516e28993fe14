package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A video leg without a network: records what the room sends it, and publishes what a test makes it. */
final class FakeVideoPort implements VideoPort {

    static final int VP8_PT = 96;

    private final String id;
    private final long rtcpSsrc;
    final List<RtpPacket> sent = new ArrayList<>();
    final List<RtcpPacket> feedback = new ArrayList<>();
    List<VideoTrack> tracks = List.of();
    List<VideoSlot> slots = List.of();
    VideoReceiver receiver;
    private int sequence;
    private long timestamp;

    FakeVideoPort(String id, long rtcpSsrc) {
        this.id = id;
        this.rtcpSsrc = rtcpSsrc;
    }

    FakeVideoPort publishing(long... ssrcs) {
        List<VideoTrack> list = new ArrayList<>();
        for (int i = 0; i < ssrcs.length; i++) {
            list.add(new VideoTrack(Integer.toString(i + 1), ssrcs[i], Map.of(VideoCodec.VP8, VP8_PT)));
        }
        tracks = list;
        return this;
    }

    FakeVideoPort receivingOn(long... ssrcs) {
        List<VideoSlot> list = new ArrayList<>();
        for (int i = 0; i < ssrcs.length; i++) {
            list.add(new VideoSlot(Integer.toString(i + 1), ssrcs[i], Map.of(VideoCodec.VP8, 100)));
        }
        slots = list;
        return this;
    }

    /** Sends one VP8 frame of one packet on a published track, as the room's port would hand it on. */
    void publish(int track, boolean keyframe) throws MediaException {
        byte[] payload = {0x10, (byte) (keyframe ? 0x00 : 0x01), 0x2a, 0x2a};
        byte[] packet = new byte[64];
        VideoTrack t = tracks.get(track);
        int n = RtpWriter.write(packet, 0, new RtpHeader(true, VP8_PT, sequence, timestamp, t.ssrc()), payload, 0, payload.length);
        sequence = (sequence + 1) & 0xFFFF;
        timestamp += 3_000;
        receiver.onVideo(this, t, RtpPacket.parse(packet, 0, n));
    }

    List<RtpPacket> sentOn(long ssrc) {
        return sent.stream().filter(p -> p.ssrc() == ssrc).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<VideoTrack> publishedTracks() {
        return tracks;
    }

    @Override
    public List<VideoSlot> receivingSlots() {
        return slots;
    }

    @Override
    public void videoReceiver(VideoReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean sendVideo(byte[] packet, int off, int len) {
        try {
            byte[] copy = java.util.Arrays.copyOfRange(packet, off, off + len);
            sent.add(RtpPacket.parse(copy, 0, copy.length));
            return true;
        } catch (MediaException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void sendFeedback(RtcpPacket packet) {
        feedback.add(packet);
    }

    @Override
    public long rtcpSsrc() {
        return rtcpSsrc;
    }
}
