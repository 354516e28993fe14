package dev.tsunagu.media.srtp;

import java.util.Arrays;
import java.util.Objects;

/**
 * The master keys of one DTLS-SRTP association, seen from our side: {@code local} protects what we
 * send, {@code remote} unprotects what the peer sends.
 */
public record SrtpKeys(SrtpProfile profile, SrtpMasterKey local, SrtpMasterKey remote) {

    public SrtpKeys {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        local.requireFits(profile);
        remote.requireFits(profile);
    }

    /**
     * Splits the RFC 5764 §4.2 exporter output, laid out as client_write_key | server_write_key |
     * client_write_salt | server_write_salt. The DTLS server writes with the server halves.
     *
     * @throws IllegalArgumentException if the material is not {@link SrtpProfile#keyingMaterialLength()} long
     */
    public static SrtpKeys fromDtlsExport(byte[] keyingMaterial, SrtpProfile profile, boolean isServer) {
        Objects.requireNonNull(keyingMaterial, "keyingMaterial");
        if (keyingMaterial.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException("%s needs %d bytes of keying material, got %d"
                    .formatted(profile, profile.keyingMaterialLength(), keyingMaterial.length));
        }
        int keyLength = profile.masterKeyLength();
        int saltLength = profile.masterSaltLength();
        int saltsStart = 2 * keyLength;
        SrtpMasterKey client = new SrtpMasterKey(
                Arrays.copyOfRange(keyingMaterial, 0, keyLength),
                Arrays.copyOfRange(keyingMaterial, saltsStart, saltsStart + saltLength));
        SrtpMasterKey server = new SrtpMasterKey(
                Arrays.copyOfRange(keyingMaterial, keyLength, saltsStart),
                Arrays.copyOfRange(keyingMaterial, saltsStart + saltLength, saltsStart + 2 * saltLength));
        return isServer ? new SrtpKeys(profile, server, client) : new SrtpKeys(profile, client, server);
    }
}
