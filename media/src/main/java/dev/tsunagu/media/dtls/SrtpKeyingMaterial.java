package dev.tsunagu.media.dtls;

/**
 * What a finished DTLS-SRTP handshake yields (RFC 5764 §4.2): the negotiated SRTP protection
 * profile (its IANA id, e.g. 0x0001) and the exported keying material, laid out as
 * client key | server key | client salt | server salt. We are always the DTLS server.
 */
public record SrtpKeyingMaterial(int profileId, byte[] material) {

    public SrtpKeyingMaterial {
        material = material.clone();
    }

    @Override
    public byte[] material() {
        return material.clone();
    }
}
