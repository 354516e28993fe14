package dev.tsunagu.media.rtp;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated view of one RTP packet in a caller's buffer (RFC 3550 §5.1, RFC 8285). Parsing
 * checks the structure once and copies nothing; the accessors read the buffer, so the view is
 * only valid while the caller leaves those bytes alone.
 */
public final class RtpPacket {

    static final int FIXED_HEADER_LENGTH = 12;
    /** "defined by profile" value of the RFC 8285 one-byte header form. */
    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    /** The two-byte header form: 0x100 followed by 4 application bits. */
    public static final int TWO_BYTE_PROFILE = 0x1000;

    private static final long NOT_FOUND = -1;
    private static final long MALFORMED = -2;

    private final byte[] buf;
    private final int off;
    private final int len;
    private final int headerLength;
    private final int paddingLength;
    /** Start and end of the extension data (after its 4-byte header), or -1 when there is none. */
    private final int extensionStart;
    private final int extensionEnd;

    private RtpPacket(byte[] buf, int off, int len, int headerLength, int paddingLength, int extStart, int extEnd) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        this.headerLength = headerLength;
        this.paddingLength = paddingLength;
        this.extensionStart = extStart;
        this.extensionEnd = extEnd;
    }

    public static RtpPacket parse(byte[] b, int off, int len) throws MediaException {
        if (b == null || off < 0 || len < 0 || len > b.length - off) {
            throw MediaException.malformed("RTP bounds outside the buffer");
        }
        if (len < FIXED_HEADER_LENGTH) {
            throw MediaException.malformed("RTP shorter than its fixed header");
        }
        int first = b[off] & 0xFF;
        if (first >>> 6 != 2) {
            throw MediaException.malformed("RTP version " + (first >>> 6));
        }
        int header = FIXED_HEADER_LENGTH + 4 * (first & 0x0F);
        int extStart = -1;
        int extEnd = -1;
        if ((first & 0x10) != 0) {
            if (len - header < 4) {
                throw MediaException.malformed("RTP extension header truncated");
            }
            int words = u16(b, off + header + 2);
            extStart = off + header + 4;
            header += 4 + 4 * words;
            extEnd = off + header;
        }
        if (header > len) {
            throw MediaException.malformed("RTP header longer than the packet");
        }
        int padding = 0;
        if ((first & 0x20) != 0) {
            padding = b[off + len - 1] & 0xFF;
            if (padding == 0 || padding > len - header) {
                throw MediaException.malformed("RTP padding count " + padding);
            }
        }
        if (extStart >= 0 && scan(b, extStart, extEnd, u16(b, extStart - 4), 0, null) == MALFORMED) {
            throw MediaException.malformed("RTP header extension element overruns");
        }
        return new RtpPacket(b, off, len, header, padding, extStart, extEnd);
    }

    public byte[] buffer() {
        return buf;
    }

    public int offset() {
        return off;
    }

    public int length() {
        return len;
    }

    public boolean hasPadding() {
        return (buf[off] & 0x20) != 0;
    }

    public boolean hasExtension() {
        return extensionStart >= 0;
    }

    public int csrcCount() {
        return buf[off] & 0x0F;
    }

    public boolean marker() {
        return (buf[off + 1] & 0x80) != 0;
    }

    public int payloadType() {
        return buf[off + 1] & 0x7F;
    }

    public int sequenceNumber() {
        return u16(buf, off + 2);
    }

    public long timestamp() {
        return u32(buf, off + 4);
    }

    public long ssrc() {
        return u32(buf, off + 8);
    }

    public long csrc(int index) {
        if (index < 0 || index >= csrcCount()) {
            throw new IndexOutOfBoundsException(index);
        }
        return u32(buf, off + FIXED_HEADER_LENGTH + 4 * index);
    }

    public RtpHeader header() {
        return new RtpHeader(marker(), payloadType(), sequenceNumber(), timestamp(), ssrc());
    }

    /** Fixed header, CSRC list and header extension together. */
    public int headerLength() {
        return headerLength;
    }

    public int payloadOffset() {
        return off + headerLength;
    }

    public int payloadLength() {
        return len - headerLength - paddingLength;
    }

    /** Padding bytes at the end, including the count byte itself. */
    public int paddingLength() {
        return paddingLength;
    }

    /** The extension's "defined by profile" value, or -1 without an extension. */
    public int extensionProfile() {
        return extensionStart < 0 ? -1 : u16(buf, extensionStart - 4);
    }

    /** The RFC 8285 element with this id, or null when absent or the extension is not RFC 8285. */
    public HeaderExtension extension(int id) {
        if (extensionStart < 0 || id < 1 || id > 255) {
            return null;
        }
        long found = scan(buf, extensionStart, extensionEnd, extensionProfile(), id, null);
        return found < 0 ? null : new HeaderExtension(id, buf, (int) (found >>> 16), (int) (found & 0xFFFF));
    }

    /** All RFC 8285 elements in wire order (allocates; use {@link #extension(int)} per packet). */
    public List<HeaderExtension> extensions() {
        List<HeaderExtension> all = new ArrayList<>();
        if (extensionStart >= 0) {
            scan(buf, extensionStart, extensionEnd, extensionProfile(), 0, all);
        }
        return all;
    }

    static boolean isOneByteProfile(int profile) {
        return profile == ONE_BYTE_PROFILE;
    }

    static boolean isTwoByteProfile(int profile) {
        return (profile & 0xFFF0) == TWO_BYTE_PROFILE;
    }

    /**
     * Walks RFC 8285 elements in {@code b[start, end)}. Returns {@code offset << 16 | length} of the
     * element with {@code wantedId}, {@link #NOT_FOUND}, or {@link #MALFORMED} if an element
     * overruns; adds every element to {@code sink} when given. Other profiles have no elements.
     */
    private static long scan(byte[] b, int start, int end, int profile, int wantedId, List<HeaderExtension> sink) {
        boolean oneByte = isOneByteProfile(profile);
        if (!oneByte && !isTwoByteProfile(profile)) {
            return NOT_FOUND;
        }
        int at = start;
        while (at < end) {
            int first = b[at] & 0xFF;
            if (first == 0) {
                at++; // padding between or after elements
                continue;
            }
            int id;
            int length;
            int data;
            if (oneByte) {
                id = first >>> 4;
                if (id == 15) {
                    return NOT_FOUND; // reserved: stop processing (RFC 8285 §4.2)
                }
                length = (first & 0x0F) + 1;
                data = at + 1;
            } else {
                if (end - at < 2) {
                    return MALFORMED;
                }
                id = first;
                length = b[at + 1] & 0xFF;
                data = at + 2;
            }
            if (length > end - data) {
                return MALFORMED;
            }
            if (id == wantedId) {
                return ((long) data << 16) | length;
            }
            if (sink != null) {
                sink.add(new HeaderExtension(id, b, data, length));
            }
            at = data + length;
        }
        return NOT_FOUND;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    @Override
    public String toString() {
        return "RtpPacket[pt=" + payloadType() + ", seq=" + sequenceNumber() + ", ts=" + timestamp()
                + ", ssrc=" + ssrc() + ", marker=" + marker() + ", payload=" + payloadLength() + "]";
    }
}
