package dev.tsunagu.media.srtp;

import java.util.Arrays;
import java.util.Objects;

/**
 * One direction's master key and master salt. Arrays are copied in and out so nobody can change a
 * key under a running context; {@link #toString()} never prints key material.
 */
public record SrtpMasterKey(byte[] key, byte[] salt) {

    public SrtpMasterKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(salt, "salt");
        key = key.clone();
        salt = salt.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Throws {@link IllegalArgumentException} unless the lengths are the profile's. */
    void requireFits(SrtpProfile profile) {
        if (key.length != profile.masterKeyLength() || salt.length != profile.masterSaltLength()) {
            throw new IllegalArgumentException("%s needs a %d-byte key and %d-byte salt, got %d and %d"
                    .formatted(profile, profile.masterKeyLength(), profile.masterSaltLength(),
                            key.length, salt.length));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SrtpMasterKey that
                && Arrays.equals(key, that.key) && Arrays.equals(salt, that.salt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "SrtpMasterKey[key=<%d bytes>, salt=<%d bytes>]".formatted(key.length, salt.length);
    }
}
