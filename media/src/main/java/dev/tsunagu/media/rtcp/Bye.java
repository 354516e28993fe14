package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** BYE: these sources are leaving, optionally with a reason (RFC 3550 §6.6). Empty reason: none sent. */
public record Bye(List<Long> ssrcs, String reason) implements RtcpPacket {

    public Bye {
        ssrcs = List.copyOf(ssrcs);
        if (ssrcs.size() > 31) {
            throw new IllegalArgumentException("at most 31 SSRCs in a BYE: " + ssrcs.size());
        }
        ssrcs.forEach(s -> checkUnsigned32(s, "SSRC"));
        if (reason == null) {
            throw new IllegalArgumentException("reason is required (may be empty)");
        }
    }

    public static Bye of(long ssrc) {
        return new Bye(List.of(ssrc), "");
    }

    static Bye parse(byte[] b, int start, int end, int count) throws MediaException {
        int at = start + RtcpBytes.HEADER_LENGTH;
        if (end - at < 4 * count) {
            throw MediaException.malformed("BYE shorter than its " + count + " SSRCs");
        }
        List<Long> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++, at += 4) {
            ssrcs.add(RtcpBytes.u32(b, at));
        }
        String reason = "";
        if (at < end) {
            int length = RtcpBytes.u8(b, at);
            if (end - at - 1 < length) {
                throw MediaException.malformed("BYE reason truncated");
            }
            reason = new String(b, at + 1, length, StandardCharsets.UTF_8);
        }
        return new Bye(ssrcs, reason);
    }

    private byte[] reasonBytes() {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("BYE reason longer than 255 bytes");
        }
        return bytes;
    }

    @Override
    public int encodedLength() {
        int n = RtcpBytes.HEADER_LENGTH + 4 * ssrcs.size();
        return reason.isEmpty() ? n : (n + 1 + reasonBytes().length + 3) & ~3;
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, ssrcs.size(), RtcpBytes.BYE, length);
        int at = off + RtcpBytes.HEADER_LENGTH;
        for (long ssrc : ssrcs) {
            RtcpBytes.u32(out, at, ssrc);
            at += 4;
        }
        if (!reason.isEmpty()) {
            byte[] text = reasonBytes();
            out[at] = (byte) text.length;
            System.arraycopy(text, 0, out, at + 1, text.length);
            at += 1 + text.length;
            while (at < off + length) {
                out[at++] = 0;
            }
        }
        return length;
    }
}
