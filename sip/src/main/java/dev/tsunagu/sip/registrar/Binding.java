package dev.tsunagu.sip.registrar;

import java.time.Instant;

/**
 * One registered contact of a SIP phone: where to send its INVITEs ({@code contact}), where its
 * REGISTER came from, over which transport, until when it holds, and the PBX line it is.
 */
public record Binding(String username, String extension, String displayName, String contact, String sourceAddress,
                      int sourcePort, String transport, Instant expiresAt, String callId, long cseq, String lineId,
                      String userAgent) {

    public Binding refreshed(Instant newExpiry, String newCallId, long newCseq, String sourceAddress, int sourcePort) {
        return new Binding(username, extension, displayName, contact, sourceAddress, sourcePort, transport, newExpiry, newCallId,
                newCseq, lineId, userAgent);
    }
}
