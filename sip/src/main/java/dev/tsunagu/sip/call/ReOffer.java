package dev.tsunagu.sip.call;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.media.sdp.NegotiatedRtp;
import dev.tsunagu.sip.stack.Signalling;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * How a peer's re-INVITE went: refused (488, or 491 when our own offer crossed it), answered with
 * the peer on hold (sendonly, inactive or a zero address) or talking, or answered with our offer
 * because it carried none (the answer comes in the ACK).
 */
enum ReOffer {
    REFUSED, HOLD, TALK, OFFERED;

    /** Answers the re-INVITE on {@code leg} and sends the response. */
    static ReOffer answer(Signalling sip, RtpEndpoint leg, Request request, ServerTransaction tx, String contactUser) {
        String offer = SipMessages.body(request);
        String answer;
        try {
            answer = offer == null ? leg.offer() : leg.answer(offer);
        } catch (MediaException e) {
            boolean crossed = e.getMessage() != null && e.getMessage().contains("crossed");
            sip.send(tx, sip.response(crossed ? Response.REQUEST_PENDING : Response.NOT_ACCEPTABLE_HERE, request));
            return REFUSED;
        }
        Response ok = sip.response(Response.OK, request);
        ok.setHeader(sip.contact(contactUser, SipMessages.transportOf(request)));
        SipMessages.sdp(sip, ok, answer);
        sip.send(tx, ok);
        if (offer == null) {
            return OFFERED;
        }
        NegotiatedRtp agreed = leg.negotiated();
        return agreed != null && (agreed.remoteHeld() || !agreed.localDirection().sends()) ? HOLD : TALK;
    }
}
