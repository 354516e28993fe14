package dev.tsunagu.media.rtp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One RFC 8285 header extension element: its local id and a window onto its data. Elements found
 * in a parsed packet point into the packet's buffer (no copy); {@link #of} makes one to write.
 */
public record HeaderExtension(int id, byte[] buffer, int offset, int length) {

    public HeaderExtension {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("extension id must be 1..255: " + id);
        }
        if (length < 0 || length > 255 || offset < 0 || offset > buffer.length - length) {
            throw new IllegalArgumentException("extension data window out of range");
        }
    }

    public static HeaderExtension of(int id, byte... data) {
        return new HeaderExtension(id, data.clone(), 0, data.length);
    }

    /** The data byte at {@code index}, unsigned. */
    public int get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return buffer[offset + index] & 0xFF;
    }

    public byte[] data() {
        return Arrays.copyOfRange(buffer, offset, offset + length);
    }

    /** Whether the one-byte header form (ids 1..14, 1..16 data bytes) can carry this element. */
    public boolean fitsOneByteForm() {
        return id <= 14 && length >= 1 && length <= 16;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderExtension other && id == other.id
                && Arrays.equals(buffer, offset, offset + length, other.buffer, other.offset, other.offset + other.length);
    }

    @Override
    public int hashCode() {
        int h = id;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buffer[offset + i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "HeaderExtension[id=" + id + ", data=" + HexFormat.of().formatHex(buffer, offset, offset + length) + "]";
    }
}
