package dev.tsunagu.media.srtp;

/** Big-endian reads and writes on byte arrays; callers check bounds first. */
final class Bytes {

    private Bytes() {
    }

    static int getUnsignedShort(byte[] b, int pos) {
        return (b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff);
    }

    static int getInt(byte[] b, int pos) {
        return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
    }

    static void putInt(byte[] b, int pos, int value) {
        b[pos] = (byte) (value >>> 24);
        b[pos + 1] = (byte) (value >>> 16);
        b[pos + 2] = (byte) (value >>> 8);
        b[pos + 3] = (byte) value;
    }

    /** XORs {@code value} big-endian into {@code b[pos..pos+4)}. */
    static void xorInt(byte[] b, int pos, int value) {
        b[pos] ^= (byte) (value >>> 24);
        b[pos + 1] ^= (byte) (value >>> 16);
        b[pos + 2] ^= (byte) (value >>> 8);
        b[pos + 3] ^= (byte) value;
    }
}
