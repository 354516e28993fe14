package dev.tsunagu.media.rtcp;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Parses and assembles compound RTCP packets (RFC 3550 §6.1). The parser does not insist that an
 * SR or RR comes first, so reduced-size RTCP (RFC 5506) parses too.
 */
public final class RtcpCompound {

    private RtcpCompound() {
    }

    /** Parses every packet in {@code b[off, off + len)}, which must be exactly filled by them. */
    public static List<RtcpPacket> parse(byte[] b, int off, int len) throws MediaException {
        if (b == null || off < 0 || len < 0 || len > b.length - off) {
            throw MediaException.malformed("RTCP bounds outside the buffer");
        }
        if (len == 0) {
            throw MediaException.malformed("empty RTCP");
        }
        List<RtcpPacket> packets = new ArrayList<>(2);
        int end = off + len;
        int at = off;
        while (at < end) {
            if (end - at < RtcpBytes.HEADER_LENGTH) {
                throw MediaException.malformed("RTCP header truncated");
            }
            int first = RtcpBytes.u8(b, at);
            if (first >>> 6 != 2) {
                throw MediaException.malformed("RTCP version " + (first >>> 6));
            }
            int packetLength = (RtcpBytes.u16(b, at + 2) + 1) * 4;
            if (packetLength > end - at) {
                throw MediaException.malformed("RTCP packet overruns the compound");
            }
            int packetEnd = at + packetLength;
            int contentEnd = packetEnd;
            if ((first & 0x20) != 0) {
                int padding = RtcpBytes.u8(b, packetEnd - 1);
                if (padding == 0 || padding > packetLength - RtcpBytes.HEADER_LENGTH) {
                    throw MediaException.malformed("RTCP padding count " + padding);
                }
                contentEnd -= padding;
            }
            packets.add(parseOne(b, at, contentEnd, packetEnd, first & 0x1F, RtcpBytes.u8(b, at + 1)));
            at = packetEnd;
        }
        return packets;
    }

    private static RtcpPacket parseOne(byte[] b, int start, int end, int packetEnd, int count, int type)
            throws MediaException {
        return switch (type) {
            case RtcpBytes.SR -> SenderReport.parse(b, start, end, count);
            case RtcpBytes.RR -> ReceiverReport.parse(b, start, end, count);
            case RtcpBytes.SDES -> Sdes.parse(b, start, end, count);
            case RtcpBytes.BYE -> Bye.parse(b, start, end, count);
            case RtcpBytes.RTPFB -> switch (count) {
                case RtcpBytes.FMT_NACK -> GenericNack.parse(b, start, end);
                case RtcpBytes.FMT_TRANSPORT_CC -> {
                    if (end - start < TransportCc.MIN_LENGTH) {
                        throw MediaException.malformed("transport-cc feedback truncated");
                    }
                    yield new TransportCc(Arrays.copyOfRange(b, start, packetEnd));
                }
                default -> unknown(b, start, packetEnd);
            };
            case RtcpBytes.PSFB -> switch (count) {
                case RtcpBytes.FMT_PLI -> PictureLossIndication.parse(b, start, end);
                case RtcpBytes.FMT_FIR -> FullIntraRequest.parse(b, start, end);
                case RtcpBytes.FMT_APPLICATION -> Remb.isRemb(b, start, end)
                        ? Remb.parse(b, start, end)
                        : unknown(b, start, packetEnd);
                default -> unknown(b, start, packetEnd);
            };
            default -> unknown(b, start, packetEnd);
        };
    }

    private static UnknownRtcpPacket unknown(byte[] b, int start, int packetEnd) {
        return new UnknownRtcpPacket(Arrays.copyOfRange(b, start, packetEnd));
    }

    public static int encodedLength(List<? extends RtcpPacket> packets) {
        int n = 0;
        for (RtcpPacket p : packets) {
            n += p.encodedLength();
        }
        return n;
    }

    /** Writes the packets back to back at {@code out[off]} and returns the total length. */
    public static int write(List<? extends RtcpPacket> packets, byte[] out, int off) {
        RtcpBytes.checkRoom(out, off, encodedLength(packets));
        int at = off;
        for (RtcpPacket p : packets) {
            at += p.write(out, at);
        }
        return at - off;
    }

    public static byte[] encode(List<? extends RtcpPacket> packets) {
        byte[] out = new byte[encodedLength(packets)];
        write(packets, out, 0);
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects packets for one compound; by RFC 3550 the first should be an SR or RR. */
    public static final class Builder {
        private final List<RtcpPacket> packets = new ArrayList<>(3);

        private Builder() {
        }

        public Builder add(RtcpPacket packet) {
            packets.add(Objects.requireNonNull(packet));
            return this;
        }

        public List<RtcpPacket> packets() {
            return List.copyOf(packets);
        }

        public int encodedLength() {
            return RtcpCompound.encodedLength(packets);
        }

        public int write(byte[] out, int off) {
            return RtcpCompound.write(packets, out, off);
        }

        public byte[] build() {
            return RtcpCompound.encode(packets);
        }
    }
}
