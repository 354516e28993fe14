package dev.tsunagu.sip.auth;

import dev.tsunagu.sip.stack.Signalling;
import java.text.ParseException;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * 401/407 answers: one challenge per accepted algorithm, the preferred first (RFC 8760 §2.4),
 * qop=auth, a fresh nonce bound to the client's address, and stale=true when only the nonce had
 * expired.
 */
public final class Challenges {

    private final Signalling sip;
    private final DigestVerifier verifier;

    public Challenges(Signalling sip, DigestVerifier verifier) {
        this.sip = sip;
        this.verifier = verifier;
    }

    public Response challenge(Request request, int status, String clientAddress, boolean stale) {
        Response r = sip.response(status, request);
        String nonce = verifier.newNonce(clientAddress);
        try {
            for (DigestAlgorithm a : verifier.algorithms()) {
                if (status == Response.PROXY_AUTHENTICATION_REQUIRED) {
                    ProxyAuthenticateHeader h = sip.headers.createProxyAuthenticateHeader("Digest");
                    fill(h, a, nonce, stale);
                    r.addHeader(h);
                } else {
                    WWWAuthenticateHeader h = sip.headers.createWWWAuthenticateHeader("Digest");
                    fill(h, a, nonce, stale);
                    r.addHeader(h);
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    private void fill(WWWAuthenticateHeader h, DigestAlgorithm a, String nonce, boolean stale) throws ParseException {
        h.setRealm(verifier.realm());
        h.setNonce(nonce);
        h.setAlgorithm(a.sipName());
        h.setQop("auth");
        if (stale) {
            h.setParameter("stale", "true");
        }
    }
}
