package dev.tsunagu.sip.call;

import dev.tsunagu.sip.stack.Signalling;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import javax.sip.InvalidArgumentException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

/** The SIP messages a {@link SipCall} writes and reads: our INVITE, SDP bodies, the transport of a request. */
final class SipMessages {

    private SipMessages() {
    }

    /** A new INVITE to {@code target} carrying {@code sdp}. */
    static Request invite(Signalling sip, InviteTarget target, String sdp) throws ParseException, InvalidArgumentException {
        CallIdHeader callId = sip.provider().getNewCallId();
        CSeqHeader cseq = sip.headers.createCSeqHeader(1L, Request.INVITE);
        ViaHeader via = sip.headers.createViaHeader(sip.host(), sip.port(), target.transport(), null);
        MaxForwardsHeader maxForwards = sip.headers.createMaxForwardsHeader(70);
        javax.sip.header.FromHeader from = sip.headers.createFromHeader(target.from(), UUID.randomUUID().toString().substring(0, 8));
        javax.sip.header.ToHeader to = sip.headers.createToHeader(target.to(), null);
        Request request = sip.messages.createRequest(target.requestUri(), Request.INVITE, callId, cseq, from, to, List.of(via),
                maxForwards);
        request.setHeader(sip.contact(target.contactUser(), target.transport()));
        request.setHeader(sip.userAgent());
        request.setHeader(sip.headers.createAllowHeader("INVITE, ACK, CANCEL, BYE, OPTIONS"));
        if (target.privacy()) {
            request.setHeader(sip.headers.createHeader("Privacy", "id"));
        }
        sdp(sip, request, sdp);
        return request;
    }

    static String transportOf(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via == null ? "udp" : via.getTransport();
    }

    static void sdp(Signalling sip, Message message, String sdp) {
        try {
            ContentTypeHeader type = sip.headers.createContentTypeHeader("application", "sdp");
            message.setContent(sdp.getBytes(StandardCharsets.US_ASCII), type);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(Message message) {
        byte[] raw = message.getRawContent();
        if (raw == null || raw.length == 0) {
            return null;
        }
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        if (type != null && !("application".equalsIgnoreCase(type.getContentType()) && "sdp".equalsIgnoreCase(type.getContentSubType()))) {
            return null;
        }
        return new String(raw, StandardCharsets.US_ASCII);
    }
}
