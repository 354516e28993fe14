package dev.tsunagu.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.header.HeaderFactoryImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sip.header.AuthorizationHeader;
import org.junit.jupiter.api.Test;

/** Digest responses as RFC 2617/8760 compute them: MD5 and SHA-256, qop=auth or none, stale and foreign nonces. */
class DigestVerifierTest {

    static final String REALM = "tsunagu.test";
    final MutableClock clock = new MutableClock();
    final Nonces nonces = new Nonces(Duration.ofMinutes(5), clock);
    final Map<String, SipCredential> logins = Map.of("201", SipCredential.of("201", "201", "Agent One", REALM, "secret201"));
    final DigestVerifier verifier = new DigestVerifier(REALM, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5), nonces,
            u -> Optional.ofNullable(logins.get(u)));

    @Test
    void sha256WithQopAuthIsAuthentic() throws Exception {
        String nonce = nonces.issue("192.0.2.9");
        AuthorizationHeader h = header(DigestAlgorithm.SHA_256, "201", "secret201", nonce, true);
        assertThat(verifier.verify("REGISTER", List.of(h), "192.0.2.9")).isInstanceOf(DigestVerifier.Outcome.Authentic.class);
    }

    @Test
    void md5WithoutQopIsAuthentic() throws Exception {
        String nonce = nonces.issue("192.0.2.9");
        AuthorizationHeader h = header(DigestAlgorithm.MD5, "201", "secret201", nonce, false);
        assertThat(verifier.verify("REGISTER", List.of(h), "192.0.2.9")).isInstanceOf(DigestVerifier.Outcome.Authentic.class);
    }

    @Test
    void wrongPasswordsUnknownUsersForeignAndExpiredNonces() throws Exception {
        String nonce = nonces.issue("192.0.2.9");
        assertThat(verifier.verify("REGISTER", List.of(header(DigestAlgorithm.MD5, "201", "guess", nonce, true)), "192.0.2.9"))
                .isInstanceOf(DigestVerifier.Outcome.Failed.class);
        assertThat(verifier.verify("REGISTER", List.of(header(DigestAlgorithm.MD5, "999", "secret201", nonce, true)), "192.0.2.9"))
                .isInstanceOf(DigestVerifier.Outcome.Failed.class);
        assertThat(verifier.verify("REGISTER", List.of(header(DigestAlgorithm.MD5, "201", "secret201", nonce, true)), "198.51.100.1"))
                .as("a nonce given to another address").isInstanceOf(DigestVerifier.Outcome.Failed.class);
        clock.advance(Duration.ofMinutes(6));
        assertThat(verifier.verify("REGISTER", List.of(header(DigestAlgorithm.MD5, "201", "secret201", nonce, true)), "192.0.2.9"))
                .as("right password, old nonce: stale=true").isInstanceOf(DigestVerifier.Outcome.Stale.class);
        assertThat(verifier.verify("REGISTER", List.of(), "192.0.2.9")).isInstanceOf(DigestVerifier.Outcome.Missing.class);
    }

    private static AuthorizationHeader header(DigestAlgorithm a, String user, String password, String nonce, boolean qop) throws Exception {
        String uri = "sip:192.0.2.2";
        String ha1 = a.ha1(user, REALM, password);
        String ha2 = a.hex("REGISTER:" + uri);
        String response = qop ? a.hex(ha1 + ":" + nonce + ":00000001:c0ffee:auth:" + ha2) : a.hex(ha1 + ":" + nonce + ":" + ha2);
        AuthorizationHeader h = new HeaderFactoryImpl().createAuthorizationHeader("Digest");
        h.setUsername(user);
        h.setRealm(REALM);
        h.setNonce(nonce);
        h.setURI(new gov.nist.javax.sip.address.AddressFactoryImpl().createURI(uri));
        h.setResponse(response);
        h.setAlgorithm(a.sipName());
        if (qop) {
            h.setQop("auth");
            h.setNonceCount(1);
            h.setCNonce("c0ffee");
        }
        return h;
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
