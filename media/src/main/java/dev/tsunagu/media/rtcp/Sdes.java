package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SDES: source descriptions, chunks of items per SSRC (RFC 3550 §6.5). WebRTC sends only CNAME. */
public record Sdes(List<Chunk> chunks) implements RtcpPacket {

    public static final int CNAME = 1;

    public Sdes {
        chunks = List.copyOf(chunks);
        if (chunks.size() > 31) {
            throw new IllegalArgumentException("at most 31 SDES chunks: " + chunks.size());
        }
    }

    public static Sdes cname(long ssrc, String cname) {
        return new Sdes(List.of(new Chunk(ssrc, List.of(new Item(CNAME, cname)))));
    }

    public record Chunk(long ssrc, List<Item> items) {
        public Chunk {
            checkUnsigned32(ssrc, "SSRC");
            items = List.copyOf(items);
        }

        public Optional<String> cname() {
            return items.stream().filter(i -> i.type() == CNAME).map(Item::text).findFirst();
        }

        /** SSRC, items, at least one terminating zero byte, padded to a 32-bit boundary. */
        int encodedLength() {
            int n = 4;
            for (Item item : items) {
                n += 2 + item.utf8().length;
            }
            return (n + 1 + 3) & ~3;
        }
    }

    /** One SDES item; the text is UTF-8 on the wire, at most 255 bytes. */
    public record Item(int type, String text) {
        public Item {
            if (type < 1 || type > 255) {
                throw new IllegalArgumentException("SDES item type must be 1..255: " + type);
            }
            if (text == null) {
                throw new IllegalArgumentException("SDES text is required");
            }
        }

        byte[] utf8() {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 255) {
                throw new IllegalArgumentException("SDES item longer than 255 bytes");
            }
            return bytes;
        }
    }

    static Sdes parse(byte[] b, int start, int end, int count) throws MediaException {
        List<Chunk> chunks = new ArrayList<>(count);
        int at = start + RtcpBytes.HEADER_LENGTH;
        for (int c = 0; c < count; c++) {
            if (end - at < 4) {
                throw MediaException.malformed("SDES chunk truncated");
            }
            long ssrc = RtcpBytes.u32(b, at);
            at += 4;
            List<Item> items = new ArrayList<>(1);
            while (true) {
                if (at >= end) {
                    throw MediaException.malformed("SDES chunk without terminator");
                }
                int type = RtcpBytes.u8(b, at);
                if (type == 0) {
                    at = start + ((at + 1 - start + 3) & ~3); // chunks start on 32-bit boundaries
                    break;
                }
                if (end - at < 2 || end - at - 2 < RtcpBytes.u8(b, at + 1)) {
                    throw MediaException.malformed("SDES item truncated");
                }
                int length = RtcpBytes.u8(b, at + 1);
                items.add(new Item(type, new String(b, at + 2, length, StandardCharsets.UTF_8)));
                at += 2 + length;
            }
            if (at > end) {
                throw MediaException.malformed("SDES chunk padding truncated");
            }
            chunks.add(new Chunk(ssrc, items));
        }
        return new Sdes(chunks);
    }

    @Override
    public int encodedLength() {
        int n = RtcpBytes.HEADER_LENGTH;
        for (Chunk chunk : chunks) {
            n += chunk.encodedLength();
        }
        return n;
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, chunks.size(), RtcpBytes.SDES, length);
        int at = off + RtcpBytes.HEADER_LENGTH;
        for (Chunk chunk : chunks) {
            int chunkEnd = at + chunk.encodedLength();
            RtcpBytes.u32(out, at, chunk.ssrc());
            at += 4;
            for (Item item : chunk.items()) {
                byte[] text = item.utf8();
                out[at] = (byte) item.type();
                out[at + 1] = (byte) text.length;
                System.arraycopy(text, 0, out, at + 2, text.length);
                at += 2 + text.length;
            }
            while (at < chunkEnd) {
                out[at++] = 0; // terminator and padding
            }
        }
        return length;
    }
}
