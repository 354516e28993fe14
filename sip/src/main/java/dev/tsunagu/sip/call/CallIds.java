package dev.tsunagu.sip.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

/**
 * The peers' INVITEs we are answering, by SIP Call-ID: a CANCEL names only that (it has no dialog
 * yet), so this is how it finds its call.
 */
public final class CallIds {

    private final Map<String, SipCall> byCallId = new ConcurrentHashMap<>();

    public void put(Request invite, SipCall call) {
        byCallId.put(callId(invite), call);
    }

    public SipCall find(Request request) {
        String id = callId(request);
        return id == null ? null : byCallId.get(id);
    }

    public void remove(SipCall call) {
        byCallId.values().removeIf(c -> c == call);
    }

    public int size() {
        return byCallId.size();
    }

    private static String callId(Request request) {
        CallIdHeader h = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return h == null ? null : h.getCallId();
    }
}
