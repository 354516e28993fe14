/**
 * SRTP and SRTCP (RFC 3711) for DTLS-SRTP (RFC 5764), on the JDK's own crypto.
 *
 * <p>Profiles: {@link dev.tsunagu.media.srtp.SrtpProfile#AES_CM_128_HMAC_SHA1_80},
 * {@link dev.tsunagu.media.srtp.SrtpProfile#AES_CM_128_HMAC_SHA1_32} and
 * {@link dev.tsunagu.media.srtp.SrtpProfile#AEAD_AES_128_GCM} (RFC 7714). The DTLS layer exports
 * keying material, splits it with {@link dev.tsunagu.media.srtp.SrtpKeys#fromDtlsExport} and builds
 * one {@link dev.tsunagu.media.srtp.SrtpSession} per DTLS association; the session protects what we
 * send and unprotects what we receive, keeping rollover counters and replay windows per SSRC.
 *
 * <p>Threading: contexts and sessions are not thread-safe. They reuse their {@code Cipher}, {@code Mac}
 * and scratch buffers across packets, so one thread at a time owns each of them (the engine's rule:
 * one thread owns a packet, and a stream's packets are handled serially).
 */
package dev.tsunagu.media.srtp;
