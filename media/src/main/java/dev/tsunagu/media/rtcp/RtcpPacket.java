package dev.tsunagu.media.rtcp;

/**
 * One packet of an RTCP compound packet (RFC 3550 §6, RFC 4585, RFC 5104). Every kind can write
 * itself; {@link RtcpCompound} parses and assembles compounds.
 */
public sealed interface RtcpPacket
        permits SenderReport, ReceiverReport, Sdes, Bye, GenericNack, PictureLossIndication, FullIntraRequest,
                Remb, TransportCc, UnknownRtcpPacket {

    /** Bytes {@link #write} produces; always a multiple of 4. */
    int encodedLength();

    /**
     * Writes the packet at {@code out[off]} and returns {@link #encodedLength()}.
     *
     * @throws IllegalArgumentException if the buffer is too small or the values do not fit the format
     */
    int write(byte[] out, int off);

    default byte[] encode() {
        byte[] out = new byte[encodedLength()];
        write(out, 0);
        return out;
    }
}
