package dev.tsunagu.media.srtp;

/**
 * Keys derived for one of SRTP or SRTCP in one direction (RFC 3711 §4.3). {@code authKey} is empty
 * for AEAD profiles. Internal only: the arrays are owned by the transform built from them.
 */
record SessionKeys(byte[] encryptionKey, byte[] authKey, byte[] salt) {
}
