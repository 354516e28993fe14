package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;

/**
 * The SRTP protection profiles we negotiate in DTLS-SRTP (RFC 5764 §4.1.2, RFC 7714 §14.2), with the
 * lengths each one fixes. All are AES-128; key derivation is always the AES-CM PRF of RFC 3711.
 */
public enum SrtpProfile {
    /** AES-128 counter mode, HMAC-SHA1 tag of 80 bits on SRTP and SRTCP. */
    AES_CM_128_HMAC_SHA1_80(0x0001, 16, 14, 20, 10, 10),
    /** As above but an SRTP tag of 32 bits; SRTCP keeps its 80-bit tag (RFC 5764 §4.1.2). */
    AES_CM_128_HMAC_SHA1_32(0x0002, 16, 14, 20, 4, 10),
    /** AES-128-GCM (RFC 7714): 96-bit salt, 128-bit tag, no separate authentication key. */
    AEAD_AES_128_GCM(0x0007, 16, 12, 0, 16, 16);

    private final int dtlsId;
    private final int masterKeyLength;
    private final int masterSaltLength;
    private final int authKeyLength;
    private final int srtpTagLength;
    private final int srtcpTagLength;

    SrtpProfile(int dtlsId, int masterKeyLength, int masterSaltLength, int authKeyLength,
                int srtpTagLength, int srtcpTagLength) {
        this.dtlsId = dtlsId;
        this.masterKeyLength = masterKeyLength;
        this.masterSaltLength = masterSaltLength;
        this.authKeyLength = authKeyLength;
        this.srtpTagLength = srtpTagLength;
        this.srtcpTagLength = srtcpTagLength;
    }

    /** The SRTPProtectionProfile value of the DTLS use_srtp extension. */
    public int dtlsId() {
        return dtlsId;
    }

    public int masterKeyLength() {
        return masterKeyLength;
    }

    public int masterSaltLength() {
        return masterSaltLength;
    }

    /** Length of the derived HMAC-SHA1 key; 0 for AEAD profiles. */
    public int authKeyLength() {
        return authKeyLength;
    }

    public int srtpTagLength() {
        return srtpTagLength;
    }

    public int srtcpTagLength() {
        return srtcpTagLength;
    }

    public boolean isAead() {
        return authKeyLength == 0;
    }

    /** Bytes to ask the DTLS exporter for ("EXTRACTOR-dtls_srtp"): two keys and two salts. */
    public int keyingMaterialLength() {
        return 2 * (masterKeyLength + masterSaltLength);
    }

    /** Bytes {@code protect} adds to an RTP packet. */
    public int srtpOverhead() {
        return srtpTagLength;
    }

    /** Bytes {@code protect} adds to an RTCP packet: the E-flag/index word and the tag. */
    public int srtcpOverhead() {
        return 4 + srtcpTagLength;
    }

    /** The profile for a DTLS use_srtp value, or {@code UNSUPPORTED}. */
    public static SrtpProfile fromDtlsId(int id) throws MediaException {
        for (SrtpProfile profile : values()) {
            if (profile.dtlsId == id) {
                return profile;
            }
        }
        throw new MediaException(MediaException.Reason.UNSUPPORTED,
                "SRTP protection profile 0x%04x is not supported".formatted(id));
    }
}
