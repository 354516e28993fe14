package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;

import java.util.List;
import java.util.Objects;

/**
 * What the engine puts in its answer: its ICE credentials, its DTLS certificate fingerprint, its one
 * host candidate (ICE-lite on a single UDP port), the SSRC and CNAME it sends with, and the codecs
 * it accepts in order of preference.
 */
public record LocalMediaParameters(
        String iceUfrag,
        String icePwd,
        Fingerprint fingerprint,
        String candidateAddress,
        int candidatePort,
        long ssrc,
        String cname,
        String streamId,
        String trackId,
        List<AudioCodec> codecPreference,
        long sessionId,
        boolean tcpCandidate) {

    public static final List<AudioCodec> DEFAULT_CODECS = List.of(AudioCodec.OPUS, AudioCodec.PCMU, AudioCodec.PCMA);

    public LocalMediaParameters {
        Objects.requireNonNull(iceUfrag, "iceUfrag");
        Objects.requireNonNull(icePwd, "icePwd");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(candidateAddress, "candidateAddress");
        Objects.requireNonNull(cname, "cname");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(trackId, "trackId");
        codecPreference = List.copyOf(codecPreference);
        if (codecPreference.isEmpty()) {
            throw new IllegalArgumentException("no codecs");
        }
        if (candidatePort < 1 || candidatePort > 65535 || ssrc < 0 || ssrc > 0xFFFF_FFFFL || sessionId < 0) {
            throw new IllegalArgumentException("bad port, ssrc or session id");
        }
    }

    /** Parameters with the default codec order and stream/track ids derived from the CNAME. */
    public static LocalMediaParameters of(String iceUfrag, String icePwd, Fingerprint fingerprint,
                                          String candidateAddress, int candidatePort, long ssrc, String cname) {
        return of(iceUfrag, icePwd, fingerprint, candidateAddress, candidatePort, ssrc, cname, false);
    }

    /** The same, with an ICE-TCP passive candidate on the same address and port when {@code tcpCandidate}. */
    public static LocalMediaParameters of(String iceUfrag, String icePwd, Fingerprint fingerprint,
                                          String candidateAddress, int candidatePort, long ssrc, String cname,
                                          boolean tcpCandidate) {
        return new LocalMediaParameters(iceUfrag, icePwd, fingerprint, candidateAddress, candidatePort, ssrc, cname,
                cname, cname + "-audio", DEFAULT_CODECS, ssrc, tcpCandidate);
    }

    /** The candidates of every section: the UDP host candidate, and the ICE-TCP one when the port takes TCP. */
    public List<Candidate> candidates() {
        Candidate udp = Candidate.host("1", "udp", candidateAddress, candidatePort);
        return tcpCandidate ? List.of(udp, Candidate.passiveTcpHost("2", candidateAddress, candidatePort)) : List.of(udp);
    }
}
