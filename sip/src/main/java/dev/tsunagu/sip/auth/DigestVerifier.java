package dev.tsunagu.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import javax.sip.header.AuthorizationHeader;

/**
 * Checks a request's digest credentials (RFC 3261 §22, RFC 2617, RFC 8760) against the stored HA1
 * of the user: qop=auth or no qop, MD5 or SHA-256, nonces from {@link Nonces}. It says only
 * whether the request is authentic; what to answer is the caller's business.
 */
public final class DigestVerifier {

    /** What the credentials were: absent, right, right but with an expired nonce, or wrong. */
    public sealed interface Outcome {
        record Missing() implements Outcome { }
        record Authentic(SipCredential credential) implements Outcome { }
        record Stale() implements Outcome { }
        record Failed(String username, String why) implements Outcome { }
    }

    private final String realm;
    private final List<DigestAlgorithm> accepted;
    private final Nonces nonces;
    private final SipCredentials credentials;

    public DigestVerifier(String realm, List<DigestAlgorithm> accepted, Nonces nonces, SipCredentials credentials) {
        this.realm = realm;
        this.accepted = List.copyOf(accepted);
        this.nonces = nonces;
        this.credentials = credentials;
    }

    public String realm() {
        return realm;
    }

    public List<DigestAlgorithm> algorithms() {
        return accepted;
    }

    public String newNonce(String clientAddress) {
        return nonces.issue(clientAddress);
    }

    /** @param headers the request's Authorization (or Proxy-Authorization) headers */
    public Outcome verify(String method, List<? extends AuthorizationHeader> headers, String clientAddress) {
        AuthorizationHeader h = headers.stream().filter(a -> realm.equals(a.getRealm())).findFirst().orElse(null);
        if (h == null) {
            return new Outcome.Missing();
        }
        String username = h.getUsername();
        if (username == null || !"Digest".equalsIgnoreCase(h.getScheme())) {
            return new Outcome.Failed(username, "not a digest");
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(h.getAlgorithm()).filter(accepted::contains);
        if (algorithm.isEmpty()) {
            return new Outcome.Failed(username, "algorithm " + h.getAlgorithm());
        }
        Optional<SipCredential> credential = credentials.find(username);
        String uri = h.getParameter("uri") != null ? h.getParameter("uri") : h.getURI() == null ? null : h.getURI().toString();
        if (uri == null || h.getResponse() == null || h.getNonce() == null) {
            return new Outcome.Failed(username, "incomplete");
        }
        DigestAlgorithm a = algorithm.get();
        // Hash even for unknown users, so timing does not tell which usernames exist.
        String ha1 = credential.map(c -> c.ha1(a)).orElseGet(() -> a.hex(username + ":" + realm + ":" + "\u0000"));
        String ha2 = a.hex(method + ":" + uri);
        String qop = h.getQop();
        String expected;
        if (qop == null || qop.isBlank()) {
            expected = a.hex(ha1 + ":" + h.getNonce() + ":" + ha2);
        } else if (qop.equalsIgnoreCase("auth")) {
            String nc = h.getParameter("nc");
            String cnonce = h.getCNonce();
            if (nc == null || cnonce == null) {
                return new Outcome.Failed(username, "qop without nc/cnonce");
            }
            expected = a.hex(ha1 + ":" + h.getNonce() + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        } else {
            return new Outcome.Failed(username, "qop " + qop);
        }
        boolean match = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                h.getResponse().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        if (!match || credential.isEmpty()) {
            return new Outcome.Failed(username, "wrong response");
        }
        return switch (nonces.check(h.getNonce(), clientAddress)) {
            case VALID -> new Outcome.Authentic(credential.get());
            case STALE -> new Outcome.Stale();
            case INVALID -> new Outcome.Failed(username, "not our nonce");
        };
    }
}
