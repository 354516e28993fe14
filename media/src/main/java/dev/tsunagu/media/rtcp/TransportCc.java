package dev.tsunagu.media.rtcp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Transport-wide congestion control feedback (RTPFB FMT 15, draft-holmer-rmcat-transport-wide-cc-
 * extensions-01). Kept as the raw packet so it can be forwarded untouched; the accessors read
 * its fixed header. Packet status chunks and deltas are not decoded here.
 */
public record TransportCc(byte[] raw) implements RtcpPacket {

    static final int MIN_LENGTH = 20;

    public TransportCc {
        raw = raw.clone();
        if (raw.length < MIN_LENGTH || raw.length % 4 != 0 || (raw[0] & 0xC0) != 0x80
                || (raw[0] & 0x1F) != RtcpBytes.FMT_TRANSPORT_CC || (raw[1] & 0xFF) != RtcpBytes.RTPFB
                || (RtcpBytes.u16(raw, 2) + 1) * 4 != raw.length) {
            throw new IllegalArgumentException("not a transport-cc feedback packet");
        }
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    public long senderSsrc() {
        return RtcpBytes.u32(raw, 4);
    }

    public long mediaSsrc() {
        return RtcpBytes.u32(raw, 8);
    }

    /** Transport-wide sequence number of the first packet reported. */
    public int baseSequenceNumber() {
        return RtcpBytes.u16(raw, 12);
    }

    public int packetStatusCount() {
        return RtcpBytes.u16(raw, 14);
    }

    /** Signed 24-bit reference time in multiples of 64 ms. */
    public int referenceTime() {
        return RtcpBytes.s24(raw, 16);
    }

    /** Counts feedback packets so the sender can spot lost feedback (wraps at 256). */
    public int feedbackPacketCount() {
        return RtcpBytes.u8(raw, 19);
    }

    @Override
    public int encodedLength() {
        return raw.length;
    }

    @Override
    public int write(byte[] out, int off) {
        RtcpBytes.checkRoom(out, off, raw.length);
        System.arraycopy(raw, 0, out, off, raw.length);
        return raw.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportCc other && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "TransportCc[base=" + baseSequenceNumber() + ", count=" + packetStatusCount() + ", raw="
                + HexFormat.of().formatHex(raw) + "]";
    }
}
