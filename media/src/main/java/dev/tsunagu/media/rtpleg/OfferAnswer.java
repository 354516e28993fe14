package dev.tsunagu.media.rtpleg;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.sdp.Direction;
import dev.tsunagu.media.sdp.NegotiatedRtp;
import dev.tsunagu.media.sdp.PlainRtpAnswer;
import dev.tsunagu.media.sdp.PlainRtpLocal;
import dev.tsunagu.media.sdp.PlainRtpNegotiator;
import dev.tsunagu.media.sdp.SessionDescription;
import java.security.SecureRandom;

/**
 * One leg's side of RFC 3264 offer/answer: our origin (one session id, a new version for each
 * description we write) and the offer we are waiting on an answer for. A failed negotiation
 * changes nothing, so the session goes on as agreed before (SIP answers 488 and the call stays).
 */
final class OfferAnswer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String address;
    private final int port;
    private final long sessionId = RANDOM.nextLong(1, Long.MAX_VALUE / 2);
    private long version;
    private SessionDescription outstanding;

    OfferAnswer(String address, int port) {
        this.address = address;
        this.port = port;
    }

    synchronized String offer(Direction direction) {
        outstanding = PlainRtpNegotiator.offer(next(), direction);
        return outstanding.toSdp();
    }

    synchronized PlainRtpAnswer answer(String offer) throws MediaException {
        if (outstanding != null) {
            // Both sides offered at once (SIP answers 491 and retries).
            throw new MediaException(MediaException.Reason.INVALID_SDP, "an offer crossed ours, which is still waiting for its answer");
        }
        return PlainRtpNegotiator.answer(SessionDescription.parse(offer), next());
    }

    synchronized NegotiatedRtp acceptAnswer(String answer) throws MediaException {
        if (outstanding == null) {
            throw new MediaException(MediaException.Reason.INVALID_SDP, "an answer, but no offer of ours is waiting for one");
        }
        try {
            return PlainRtpNegotiator.acceptAnswer(outstanding, SessionDescription.parse(answer));
        } finally {
            // Used or not, an answer ends the exchange.
            outstanding = null;
        }
    }

    /** Our offer got no answer (a re-INVITE refused, a CANCEL): the session stays as agreed before. */
    synchronized void withdraw() {
        outstanding = null;
    }

    private PlainRtpLocal next() {
        return new PlainRtpLocal(address, port, sessionId, ++version, PlainRtpLocal.G711);
    }
}
