package dev.tsunagu.media.rtpleg;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Symmetric RTP (RFC 4961) with latching, for peers behind NAT whose SDP names an address they do
 * not send from. The rule: until the leg has accepted a packet, RTP from the address in the SDP is
 * accepted at once; RTP from anywhere else is accepted once one source has sent
 * {@value #LEARNING_PACKETS} packets in sequence with one SSRC (the first is only learnt). The
 * first accepted source is latched: from then on RTP is accepted only from it, and we send to it.
 * A new offer or answer that names another address unlatches.
 *
 * <p>Why not "same IP only": the NAT case this exists for is exactly the one where the IP differs
 * (a private address in the SDP, the public one on the wire). Why not "follow the latest source":
 * any stranger could then take over a running call. The limit: before the peer's first packets, a
 * stranger who knows our port and sends the negotiated payload type in sequence first can latch and
 * receive the call's audio; afterwards strangers are dropped and counted. Payload types are checked
 * before latching, so random packets do not latch.
 */
final class SourceLatch {

    enum Verdict { ACCEPT, LEARNING, STRANGER }

    static final int LEARNING_PACKETS = 2;

    private volatile InetSocketAddress signalled;
    /** The last address an SDP named, so that resuming from a c=0.0.0.0 hold keeps the latch. */
    private InetSocketAddress lastSignalled;
    private volatile InetSocketAddress latched;
    private InetSocketAddress candidate;
    private long candidateSsrc;
    private int candidateSequence;
    private int candidatePackets;

    /** A new offer/answer: {@code address} is where the SDP says to send ({@code null}: nowhere, held). */
    synchronized void expect(InetSocketAddress address) {
        if (address != null && !address.equals(lastSignalled)) {
            latched = null;
            candidate = null;
            lastSignalled = address;
        }
        signalled = address;
    }

    /** Whether a valid RTP packet from {@code from} is accepted; the reader thread only. */
    synchronized Verdict offer(InetSocketAddress from, long ssrc, int sequence) {
        InetSocketAddress current = latched;
        if (current != null) {
            return current.equals(from) ? Verdict.ACCEPT : Verdict.STRANGER;
        }
        if (from.equals(signalled)) {
            latched = from;
            return Verdict.ACCEPT;
        }
        if (from.equals(candidate) && ssrc == candidateSsrc && sequence == ((candidateSequence + 1) & 0xFFFF)) {
            candidatePackets++;
        } else {
            candidate = from;
            candidateSsrc = ssrc;
            candidatePackets = 1;
        }
        candidateSequence = sequence;
        if (candidatePackets >= LEARNING_PACKETS) {
            latched = from;
            candidate = null;
            return Verdict.ACCEPT;
        }
        return Verdict.LEARNING;
    }

    /** Where RTP goes: the latched source, else the address in the SDP, else nowhere ({@code null}). */
    InetSocketAddress destination() {
        InetSocketAddress current = latched;
        return current != null ? current : signalled;
    }

    InetSocketAddress latched() {
        return latched;
    }

    /** Whether RTCP from this host belongs to the peer: the RTP peer's IP, latched or signalled. */
    boolean isPeerHost(InetAddress host) {
        InetSocketAddress current = latched;
        InetSocketAddress expected = signalled;
        return (current != null && current.getAddress().equals(host)) || (expected != null && expected.getAddress().equals(host));
    }
}
