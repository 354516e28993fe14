package dev.tsunagu.media.stun;

import static dev.tsunagu.media.stun.StunAttributeType.*;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.stun.StunAttribute.*;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Attribute values to and from bytes (the type-length header is the caller's business). */
final class StunAttributeCodec {

    static final int MAGIC_COOKIE = 0x2112A442;

    private static final int FAMILY_IPV4 = 0x01;
    private static final int FAMILY_IPV6 = 0x02;

    private StunAttributeCodec() {
    }

    static StunAttribute decode(int type, byte[] b, int off, int len, byte[] transactionId) throws MediaException {
        return switch (type) {
            case MAPPED_ADDRESS -> new MappedAddress(address(b, off, len, null, "MAPPED-ADDRESS"));
            case XOR_MAPPED_ADDRESS -> new XorMappedAddress(address(b, off, len, transactionId, "XOR-MAPPED-ADDRESS"));
            case USERNAME -> new Username(text(b, off, len));
            case SOFTWARE -> new Software(text(b, off, len));
            case REALM -> new Realm(text(b, off, len));
            case NONCE -> new Nonce(text(b, off, len));
            case MESSAGE_INTEGRITY -> new MessageIntegrity(fixed(b, off, len, 20, "MESSAGE-INTEGRITY"));
            case MESSAGE_INTEGRITY_SHA256 -> {
                if (len < 16 || len > 32 || len % 4 != 0) {
                    throw MediaException.malformed("MESSAGE-INTEGRITY-SHA256 length " + len);
                }
                yield new MessageIntegritySha256(Arrays.copyOfRange(b, off, off + len));
            }
            case FINGERPRINT -> new Fingerprint(int32(b, off, len, "FINGERPRINT"));
            case ERROR_CODE -> errorCode(b, off, len);
            case UNKNOWN_ATTRIBUTES -> unknownAttributes(b, off, len);
            case PRIORITY -> new Priority(int32(b, off, len, "PRIORITY") & 0xFFFF_FFFFL);
            case USE_CANDIDATE -> {
                if (len != 0) {
                    throw MediaException.malformed("USE-CANDIDATE must be empty");
                }
                yield new UseCandidate();
            }
            case ICE_CONTROLLED -> new IceControlled(int64(b, off, len, "ICE-CONTROLLED"));
            case ICE_CONTROLLING -> new IceControlling(int64(b, off, len, "ICE-CONTROLLING"));
            default -> new Raw(type, Arrays.copyOfRange(b, off, off + len));
        };
    }

    /** The value bytes of {@code a}, without header or padding. */
    static byte[] encode(StunAttribute a, byte[] transactionId) {
        return switch (a) {
            case MappedAddress m -> address(m.address(), null);
            case XorMappedAddress x -> address(x.address(), transactionId);
            case Username u -> u.value().getBytes(StandardCharsets.UTF_8);
            case Software s -> s.value().getBytes(StandardCharsets.UTF_8);
            case Realm r -> r.value().getBytes(StandardCharsets.UTF_8);
            case Nonce n -> n.value().getBytes(StandardCharsets.UTF_8);
            case MessageIntegrity mi -> mi.hmac();
            case MessageIntegritySha256 mi -> mi.hmac();
            case Fingerprint f -> int32(f.value());
            case ErrorCode e -> errorCode(e);
            case UnknownAttributes u -> {
                byte[] v = new byte[u.types().size() * 2];
                for (int i = 0; i < u.types().size(); i++) {
                    v[2 * i] = (byte) (u.types().get(i) >> 8);
                    v[2 * i + 1] = u.types().get(i).byteValue();
                }
                yield v;
            }
            case Priority p -> int32((int) p.value());
            case UseCandidate ignored -> new byte[0];
            case IceControlled c -> int64(c.tieBreaker());
            case IceControlling c -> int64(c.tieBreaker());
            case Raw r -> r.value();
        };
    }

    private static InetSocketAddress address(byte[] b, int off, int len, byte[] transactionId, String name)
            throws MediaException {
        if (len < 4) {
            throw MediaException.malformed(name + " too short");
        }
        int family = b[off + 1] & 0xFF;
        int addrLen = switch (family) {
            case FAMILY_IPV4 -> 4;
            case FAMILY_IPV6 -> 16;
            default -> throw MediaException.malformed(name + " unknown family " + family);
        };
        if (len != 4 + addrLen) {
            throw MediaException.malformed(name + " length " + len + " for family " + family);
        }
        int port = ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
        byte[] addr = Arrays.copyOfRange(b, off + 4, off + 4 + addrLen);
        if (transactionId != null) {
            port ^= MAGIC_COOKIE >>> 16;
            xorAddress(addr, transactionId);
        }
        try {
            // Inet6Address directly, so an IPv4-mapped IPv6 address keeps its family.
            InetAddress ip = addrLen == 4 ? InetAddress.getByAddress(addr) : Inet6Address.getByAddress(null, addr, -1);
            return new InetSocketAddress(ip, port);
        } catch (UnknownHostException e) {
            throw new MediaException(MediaException.Reason.MALFORMED_PACKET, name + " address", e);
        }
    }

    private static byte[] address(InetSocketAddress socket, byte[] transactionId) {
        byte[] addr = socket.getAddress().getAddress();
        byte[] v = new byte[4 + addr.length];
        v[1] = (byte) (socket.getAddress() instanceof Inet4Address ? FAMILY_IPV4 : FAMILY_IPV6);
        int port = socket.getPort();
        if (transactionId != null) {
            port ^= MAGIC_COOKIE >>> 16;
            xorAddress(addr, transactionId);
        }
        v[2] = (byte) (port >> 8);
        v[3] = (byte) port;
        System.arraycopy(addr, 0, v, 4, addr.length);
        return v;
    }

    /** XOR with the magic cookie followed by the transaction id; applying it twice restores the input. */
    private static void xorAddress(byte[] addr, byte[] transactionId) {
        for (int i = 0; i < addr.length; i++) {
            int key = i < 4 ? (MAGIC_COOKIE >>> (24 - 8 * i)) & 0xFF : transactionId[i - 4] & 0xFF;
            addr[i] ^= (byte) key;
        }
    }

    private static ErrorCode errorCode(byte[] b, int off, int len) throws MediaException {
        if (len < 4) {
            throw MediaException.malformed("ERROR-CODE too short");
        }
        int errorClass = b[off + 2] & 0x07;
        int number = b[off + 3] & 0xFF;
        if (errorClass < 3 || errorClass > 6 || number > 99) {
            throw MediaException.malformed("ERROR-CODE " + errorClass + "/" + number);
        }
        return new ErrorCode(errorClass * 100 + number, text(b, off + 4, len - 4));
    }

    private static byte[] errorCode(ErrorCode e) {
        byte[] reason = e.reason().getBytes(StandardCharsets.UTF_8);
        byte[] v = new byte[4 + reason.length];
        v[2] = (byte) (e.code() / 100);
        v[3] = (byte) (e.code() % 100);
        System.arraycopy(reason, 0, v, 4, reason.length);
        return v;
    }

    private static UnknownAttributes unknownAttributes(byte[] b, int off, int len) throws MediaException {
        if (len % 2 != 0) {
            throw MediaException.malformed("UNKNOWN-ATTRIBUTES odd length");
        }
        List<Integer> types = new ArrayList<>(len / 2);
        for (int i = 0; i < len; i += 2) {
            types.add(((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF));
        }
        return new UnknownAttributes(types);
    }

    private static String text(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    private static byte[] fixed(byte[] b, int off, int len, int expected, String name) throws MediaException {
        if (len != expected) {
            throw MediaException.malformed(name + " length " + len);
        }
        return Arrays.copyOfRange(b, off, off + len);
    }

    private static int int32(byte[] b, int off, int len, String name) throws MediaException {
        if (len != 4) {
            throw MediaException.malformed(name + " length " + len);
        }
        return readInt(b, off);
    }

    private static long int64(byte[] b, int off, int len, String name) throws MediaException {
        if (len != 8) {
            throw MediaException.malformed(name + " length " + len);
        }
        return ((long) readInt(b, off) << 32) | (readInt(b, off + 4) & 0xFFFF_FFFFL);
    }

    static int readInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    static int readShort(byte[] b, int off) {
        return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
    }

    static void writeInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    static void writeShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static byte[] int32(int v) {
        byte[] out = new byte[4];
        writeInt(out, 0, v);
        return out;
    }

    private static byte[] int64(long v) {
        byte[] out = new byte[8];
        writeInt(out, 0, (int) (v >>> 32));
        writeInt(out, 4, (int) v);
        return out;
    }
}
