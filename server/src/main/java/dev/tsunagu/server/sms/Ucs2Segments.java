package dev.tsunagu.server.sms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as SMPP short messages in UCS-2 (data_coding 8), the one coding that carries Japanese.
 * Up to 70 UTF-16 units fit one SMS; a longer text goes in parts of at most 67 units, each with
 * a concatenation header (UDH IE 0x00: reference, total, sequence) that phones use to join
 * them. A surrogate pair (an emoji) is never split across two parts.
 */
final class Ucs2Segments {

    static final int SINGLE = 70;
    static final int PER_PART = 67;
    static final int MAX_PARTS = 255;

    private Ucs2Segments() {
    }

    /**
     * The short messages for {@code text}; {@code reference} tells this message's parts from
     * another's on the phone. Empty when the text needs more than {@code maxParts} parts.
     */
    static List<byte[]> split(String text, int reference, int maxParts) {
        if (text.length() <= SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PER_PART, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        if (pieces.size() > Math.min(maxParts, MAX_PARTS)) {
            return List.of();
        }
        List<byte[]> parts = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body = pieces.get(i).getBytes(StandardCharsets.UTF_16BE);
            parts.add(ByteBuffer.allocate(6 + body.length)
                    .put((byte) 0x05).put((byte) 0x00).put((byte) 0x03)
                    .put((byte) reference).put((byte) pieces.size()).put((byte) (i + 1))
                    .put(body).array());
        }
        return parts;
    }
}
