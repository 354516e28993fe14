package dev.tsunagu.media.rtcp;

import java.util.Arrays;
import java.util.HexFormat;

/** Any other RTCP packet (APP, XR, other feedback formats), kept byte for byte so it can be forwarded. */
public record UnknownRtcpPacket(byte[] raw) implements RtcpPacket {

    public UnknownRtcpPacket {
        raw = raw.clone();
        if (raw.length < RtcpBytes.HEADER_LENGTH || (raw[0] & 0xC0) != 0x80
                || (RtcpBytes.u16(raw, 2) + 1) * 4 != raw.length) {
            throw new IllegalArgumentException("not one RTCP packet");
        }
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    public int packetType() {
        return RtcpBytes.u8(raw, 1);
    }

    /** The 5-bit count or feedback format field. */
    public int countOrFormat() {
        return raw[0] & 0x1F;
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
        return o instanceof UnknownRtcpPacket other && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "UnknownRtcpPacket[type=" + packetType() + ", raw=" + HexFormat.of().formatHex(raw) + "]";
    }
}
