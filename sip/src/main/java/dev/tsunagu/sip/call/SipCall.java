package dev.tsunagu.sip.call;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.sip.stack.Signalling;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.EndCause;
import dev.tsunagu.telephony.call.PartyState;
import dev.tsunagu.telephony.call.Pbx;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.text.ParseException;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INVITE dialog between the edge and a SIP peer, and the PBX line it stands for. Either the
 * peer called ({@link #answerOffer}: a phone dialling, a carrier delivering a call) and the line's
 * views turn into 183/200 or an error; or the PBX rang the line ({@link #onView} with RINGING) and
 * we send the INVITE, then ACK, CANCEL or BYE. The peer's re-INVITEs put the line on hold and
 * back (sendonly/inactive ↔ sendrecv); BYE and CANCEL hang it up. All methods run under the
 * object's lock, so SIP events and PBX views for one call never interleave.
 */
public final class SipCall {

    private static final Logger log = LoggerFactory.getLogger(SipCall.class);

    private final Signalling sip;
    private final Pbx pbx;
    private final String lineId;
    private final RtpEndpoint leg;
    private final Consumer<SipCall> released;
    private final AuthenticationHelper auth;
    private SipCallState state;
    private String pbxCallId;
    private boolean releasedDone;
    // the peer called
    private ServerTransaction inviteTx;
    private Request invite;
    private String localSdp;
    private String toTag;
    private boolean provisionalSent;
    private boolean awaitingAnswerInAck;
    // we called
    private ClientTransaction inviteCt;
    private InviteTarget target;
    private boolean answerAccepted;
    private boolean cancelWanted;
    private Runnable onUnreachable;
    private Dialog dialog;
    private boolean peerHolds;

    private SipCall(Signalling sip, Pbx pbx, String lineId, RtpEndpoint leg, SipCallState initial, AuthenticationHelper auth,
                    Consumer<SipCall> released) {
        this.sip = sip;
        this.pbx = pbx;
        this.lineId = lineId;
        this.leg = leg;
        this.state = initial;
        this.auth = auth;
        this.released = released;
    }

    /** The peer's INVITE; {@link #answerOffer} next. */
    public static SipCall incoming(Signalling sip, Pbx pbx, String lineId, RtpEndpoint leg, Consumer<SipCall> released) {
        return new SipCall(sip, pbx, lineId, leg, SipCallState.OFFERED, null, released);
    }

    /** A call we place when the line rings; {@code auth} answers the carrier's challenges (null for phones). */
    public static SipCall outgoing(Signalling sip, Pbx pbx, String lineId, RtpEndpoint leg, InviteTarget target,
                                   AuthenticationHelper auth, Runnable onUnreachable, Consumer<SipCall> released) {
        SipCall call = new SipCall(sip, pbx, lineId, leg, SipCallState.NEW, auth, released);
        call.target = target;
        call.onUnreachable = onUnreachable;
        return call;
    }

    public String lineId() {
        return lineId;
    }

    public synchronized SipCallState state() {
        return state;
    }

    public RtpEndpoint leg() {
        return leg;
    }

    // ---- the peer called --------------------------------------------------------------------------

    /**
     * Takes the peer's INVITE: answers its SDP on the leg (or prepares our offer when it sent none),
     * then dials {@code number} as the line. False when refused (the error is already sent).
     */
    public synchronized boolean answerOffer(RequestEvent event, ServerTransaction tx, String number) {
        this.inviteTx = tx;
        this.invite = event.getRequest();
        this.dialog = tx.getDialog();
        if (dialog != null) {
            dialog.setApplicationData(this);
        }
        this.toTag = UUID.randomUUID().toString().substring(0, 8);
        try {
            String offer = SipMessages.body(invite);
            if (offer == null) {
                localSdp = leg.offer();
                awaitingAnswerInAck = true;
            } else {
                localSdp = leg.answer(offer);
            }
        } catch (MediaException e) {
            log.debug("{}: offer refused: {}", lineId, e.getMessage());
            refuse(Response.NOT_ACCEPTABLE_HERE);
            return false;
        }
        DialResult result = pbx.dial(lineId, number);
        if (result instanceof DialResult.Refused refused) {
            log.debug("{}: dial {} refused: {}", lineId, number, refused.reason());
            refuse(Refusals.status(refused.reason()));
            return false;
        }
        pbxCallId = ((DialResult.Started) result).callId();
        return true;
    }

    private void refuse(int status) {
        sendFinal(status);
        move(SipCallState.ENDED);
        release();
    }

    /** The line's view: what the PBX did with the call, turned into SIP. */
    public synchronized void onView(CallView view) {
        if (pbxCallId == null) {
            pbxCallId = view.callId();
        } else if (!pbxCallId.equals(view.callId())) {
            return;
        }
        PartyState s = view.state();
        boolean over = s == PartyState.ENDED || s == PartyState.PARKED;
        switch (state) {
            case OFFERED -> {
                if (over) {
                    sendFinal(Refusals.status(view.endCause() == null ? EndCause.HANGUP : view.endCause()));
                    move(SipCallState.ENDED);
                } else if (s == PartyState.CONNECTED || s == PartyState.ON_HOLD) {
                    sendOk();
                } else if (s == PartyState.DIALING && !provisionalSent) {
                    sendProvisional();
                }
            }
            case NEW -> {
                if (s == PartyState.RINGING) {
                    sendInvite();
                } else if (over) {
                    move(SipCallState.ENDED);
                }
            }
            case CALLING -> {
                if (over) {
                    cancelWanted = true;
                }
            }
            case EARLY -> {
                if (over) {
                    sendCancel();
                }
            }
            case CONFIRMED -> {
                if (over) {
                    sendBye();
                }
            }
            case ENDING, ENDED -> {
            }
        }
        if (over) {
            release();
        }
    }

    private void sendProvisional() {
        // Early media: the caller hears our ringback (or busy tone, or guidance) through the leg.
        Response r = sip.response(awaitingAnswerInAck ? Response.RINGING : Response.SESSION_PROGRESS, invite);
        tag(r);
        if (!awaitingAnswerInAck) {
            SipMessages.sdp(sip, r, localSdp);
        }
        sip.send(inviteTx, r);
        provisionalSent = true;
    }

    private void sendOk() {
        Response r = sip.response(Response.OK, invite);
        tag(r);
        r.setHeader(sip.contact(lineUser(), SipMessages.transportOf(invite)));
        SipMessages.sdp(sip, r, localSdp);
        sip.send(inviteTx, r);
        move(SipCallState.CONFIRMED);
    }

    private void sendFinal(int status) {
        Response r = sip.response(status, invite);
        tag(r);
        sip.send(inviteTx, r);
    }

    private void tag(Response r) {
        try {
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(toTag);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The peer gave up before we answered (RFC 3261 §9.2): 200 to the CANCEL, 487 to the INVITE. */
    public synchronized void onCancel(RequestEvent event, ServerTransaction cancelTx) {
        sip.send(cancelTx, sip.response(Response.OK, event.getRequest()));
        if (state == SipCallState.OFFERED) {
            sendFinal(Response.REQUEST_TERMINATED);
            move(SipCallState.ENDED);
            hangUpLine();
        }
    }

    /** The ACK of our 200: it carries the answer when the INVITE came without an offer. */
    public synchronized void onAck(Request ack) {
        if (awaitingAnswerInAck) {
            awaitingAnswerInAck = false;
            String answer = SipMessages.body(ack);
            try {
                if (answer != null) {
                    leg.acceptAnswer(answer);
                }
            } catch (MediaException e) {
                log.debug("{}: answer in ACK refused: {}", lineId, e.getMessage());
                sendBye();
                hangUpLine();
            }
        }
    }

    // ---- we called -------------------------------------------------------------------------------

    private void sendInvite() {
        try {
            String offer = leg.offer();
            Request request = SipMessages.invite(sip, target, offer);
            inviteCt = sip.provider().getNewClientTransaction(request);
            dialog = inviteCt.getDialog();
            if (dialog != null) {
                dialog.setApplicationData(this);
            }
            inviteCt.setApplicationData(this);
            inviteCt.sendRequest();
            move(SipCallState.CALLING);
        } catch (MediaException | ParseException | InvalidArgumentException | SipException e) {
            log.warn("{}: could not send the INVITE: {}", lineId, e.getMessage());
            move(SipCallState.ENDED);
            hangUpLine();
        }
    }

    /** A response to our INVITE. */
    public synchronized void onResponse(ResponseEvent event) {
        Response r = event.getResponse();
        int status = r.getStatusCode();
        if (state == SipCallState.ENDED) {
            if (status / 100 == 2) {
                ackAndBye(event);
            }
            return;
        }
        if (status < 200) {
            if (status > 100 && state == SipCallState.CALLING) {
                move(SipCallState.EARLY);
                if (cancelWanted) {
                    sendCancel();
                    return;
                }
            }
            acceptAnswerIn(r);
            return;
        }
        if (status < 300) {
            acceptAnswerIn(r);
            if (state == SipCallState.ENDING || cancelWanted) {
                ackAndBye(event);
                return;
            }
            sendAck(event);
            move(SipCallState.CONFIRMED);
            pbx.answer(lineId, pbxCallId);
            return;
        }
        if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) && auth != null && !cancelWanted
                && state != SipCallState.ENDING) {
            try {
                ClientTransaction retry = auth.handleChallenge(r, event.getClientTransaction(), sip.provider(), 5);
                inviteCt = retry;
                retry.setApplicationData(this);
                dialog = retry.getDialog();
                if (dialog != null) {
                    dialog.setApplicationData(this);
                }
                retry.sendRequest();
                move(SipCallState.CALLING);
                return;
            } catch (SipException | RuntimeException e) {
                log.debug("{}: challenge not answered: {}", lineId, e.getMessage());
            }
        }
        boolean wasEnding = state == SipCallState.ENDING;
        move(SipCallState.ENDED);
        if (!wasEnding) {
            boolean declined = status == Response.BUSY_HERE || status == Response.BUSY_EVERYWHERE || status == Response.DECLINE
                    || status == Response.REQUEST_TERMINATED;
            if (!declined && onUnreachable != null) {
                onUnreachable.run();
            } else {
                hangUpLine();
            }
        }
    }

    private void acceptAnswerIn(Response r) {
        String answer = SipMessages.body(r);
        if (answer == null || answerAccepted) {
            return;
        }
        try {
            leg.acceptAnswer(answer);
            answerAccepted = true;
        } catch (MediaException e) {
            log.debug("{}: answer refused: {}", lineId, e.getMessage());
        }
    }

    private void sendAck(ResponseEvent event) {
        try {
            Dialog d = event.getDialog() != null ? event.getDialog() : dialog;
            dialog = d;
            long seq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
            d.sendAck(d.createAck(seq));
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            log.debug("{}: ACK failed: {}", lineId, e.getMessage());
        }
    }

    private void ackAndBye(ResponseEvent event) {
        sendAck(event);
        move(SipCallState.CONFIRMED);
        sendBye();
    }

    private void sendCancel() {
        try {
            Request cancel = inviteCt.createCancel();
            sip.provider().getNewClientTransaction(cancel).sendRequest();
            move(SipCallState.ENDING);
        } catch (SipException | RuntimeException e) {
            log.debug("{}: CANCEL failed: {}", lineId, e.getMessage());
            move(SipCallState.ENDED);
        }
    }

    /** Our INVITE got no answer at all (Timer B): the line is unreachable. */
    public synchronized void onTimeout() {
        if (state == SipCallState.CALLING || state == SipCallState.EARLY) {
            move(SipCallState.ENDED);
            if (onUnreachable != null) {
                onUnreachable.run();
            } else {
                hangUpLine();
            }
        } else if (state == SipCallState.ENDING) {
            move(SipCallState.ENDED);
        }
    }

    // ---- both -------------------------------------------------------------------------------------

    private void sendBye() {
        if (state != SipCallState.CONFIRMED || dialog == null) {
            move(SipCallState.ENDED);
            return;
        }
        try {
            Request bye = dialog.createRequest(Request.BYE);
            ClientTransaction ct = sip.provider().getNewClientTransaction(bye);
            ct.setApplicationData(this);
            dialog.sendRequest(ct);
            move(SipCallState.ENDING);
        } catch (SipException | RuntimeException e) {
            log.debug("{}: BYE failed: {}", lineId, e.getMessage());
            move(SipCallState.ENDED);
        }
    }

    /** The answer to our BYE or CANCEL. */
    public synchronized void onEndingResponse() {
        if (state == SipCallState.ENDING) {
            move(SipCallState.ENDED);
        }
    }

    /** The peer hung up. */
    public synchronized void onBye(RequestEvent event, ServerTransaction tx) {
        sip.send(tx, sip.response(Response.OK, event.getRequest()));
        if (state != SipCallState.ENDED) {
            move(SipCallState.ENDED);
            hangUpLine();
        }
    }

    /**
     * A re-INVITE: a new address, or hold (sendonly, inactive or an all-zero address) and resume.
     * Without SDP we offer ours and take the answer from the ACK.
     */
    public synchronized void onReInvite(RequestEvent event, ServerTransaction tx) {
        ReOffer outcome = ReOffer.answer(sip, leg, event.getRequest(), tx, lineUser());
        if (outcome == ReOffer.REFUSED) {
            return;
        }
        if (outcome == ReOffer.OFFERED) {
            awaitingAnswerInAck = true;
            return;
        }
        boolean holds = outcome == ReOffer.HOLD;
        if (holds != peerHolds && pbxCallId != null) {
            peerHolds = holds;
            if (holds) {
                pbx.hold(lineId, pbxCallId);
            } else {
                pbx.resume(lineId, pbxCallId);
            }
        }
    }

    /** The edge is going away or the line was lost: end the SIP side as well as we can. */
    public synchronized void abandon() {
        switch (state) {
            case OFFERED -> {
                sendFinal(Response.SERVICE_UNAVAILABLE);
                move(SipCallState.ENDED);
            }
            case CALLING -> move(SipCallState.ENDED);
            case EARLY -> sendCancel();
            case CONFIRMED -> sendBye();
            default -> {
            }
        }
        release();
    }

    private void hangUpLine() {
        if (pbxCallId != null) {
            pbx.hangup(lineId, pbxCallId);
        }
    }

    private void release() {
        if (!releasedDone) {
            releasedDone = true;
            released.accept(this);
        }
    }

    private void move(SipCallState next) {
        if (state == next) {
            return;
        }
        if (!state.canMoveTo(next)) {
            log.warn("{}: SIP dialog cannot go from {} to {}", lineId, state, next);
            return;
        }
        state = next;
    }

    private String lineUser() {
        return target != null ? target.contactUser() : "tsunagu";
    }

}
