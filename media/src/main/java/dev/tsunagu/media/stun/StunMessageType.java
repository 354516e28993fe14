package dev.tsunagu.media.stun;

/**
 * A STUN message type: class and 12-bit method, interleaved on the wire as
 * {@code M11..M7 C1 M6..M4 C0 M3..M0} (RFC 8489 §5).
 */
public record StunMessageType(StunClass messageClass, int method) {

    public static final int METHOD_BINDING = 0x001;

    public static final StunMessageType BINDING_REQUEST = new StunMessageType(StunClass.REQUEST, METHOD_BINDING);
    public static final StunMessageType BINDING_INDICATION = new StunMessageType(StunClass.INDICATION, METHOD_BINDING);
    public static final StunMessageType BINDING_SUCCESS = new StunMessageType(StunClass.SUCCESS_RESPONSE, METHOD_BINDING);
    public static final StunMessageType BINDING_ERROR = new StunMessageType(StunClass.ERROR_RESPONSE, METHOD_BINDING);

    public StunMessageType {
        if (messageClass == null) {
            throw new IllegalArgumentException("message class is required");
        }
        if (method < 0 || method > 0xFFF) {
            throw new IllegalArgumentException("STUN method must fit in 12 bits: " + method);
        }
    }

    /** The 14-bit wire value (the two top bits of the first byte stay zero). */
    public int toWire() {
        int c = messageClass.bits();
        return (method & 0x00F)
                | ((c & 0b01) << 4)
                | ((method & 0x070) << 1)
                | ((c & 0b10) << 7)
                | ((method & 0xF80) << 2);
    }

    /** Decodes the low 14 bits of {@code wire}; the caller checks the top two bits. */
    public static StunMessageType fromWire(int wire) {
        int c = ((wire >> 4) & 0b01) | ((wire >> 7) & 0b10);
        int m = (wire & 0x000F) | ((wire >> 1) & 0x0070) | ((wire >> 2) & 0x0F80);
        return new StunMessageType(StunClass.ofBits(c), m);
    }
}
