package dev.tsunagu.media.srtp;

/**
 * Per-SSRC state keyed by the raw int, without boxing: an open-addressing table with linear probing
 * plus a one-entry cache, because consecutive packets usually share their SSRC. Entries are never
 * removed; a context lives as long as its DTLS association and sees a handful of SSRCs.
 */
final class SsrcMap<V> {

    private int[] keys = new int[8];
    private Object[] values = new Object[8];
    private int count;
    private int lastKey;
    private V lastValue;

    /** The state for {@code ssrc}, or null. */
    @SuppressWarnings("unchecked")
    V get(int ssrc) {
        if (lastValue != null && lastKey == ssrc) {
            return lastValue;
        }
        int mask = keys.length - 1;
        for (int i = spread(ssrc) & mask; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == ssrc) {
                lastKey = ssrc;
                lastValue = (V) values[i];
                return lastValue;
            }
        }
        return null;
    }

    int size() {
        return count;
    }

    /** Adds state for an SSRC that {@link #get} just reported absent. */
    void put(int ssrc, V value) {
        if (2 * (count + 1) > keys.length) {
            grow();
        }
        insert(keys, values, ssrc, value);
        count++;
        lastKey = ssrc;
        lastValue = value;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    private static void insert(int[] keys, Object[] values, int key, Object value) {
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** SSRCs are random, but a multiplicative mix keeps adversarial ones from clustering. */
    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
