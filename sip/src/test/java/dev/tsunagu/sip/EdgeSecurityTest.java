package dev.tsunagu.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a stranger gets at the edge: challenges for REGISTER and INVITE, 403 for wrong passwords
 * and for calls from logins that are not registered, 400 for broken messages, silence once it
 * has failed too often or sends too fast; and the edge keeps answering everyone else.
 */
class EdgeSecurityTest {

    private SipFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void unauthenticatedRequestsAreChallengedWithEveryAlgorithm() throws Exception {
        f = new SipFixture();
        try (RawSip peer = new RawSip(f.host, f.edge.port())) {
            peer.send(peer.register("201", ""));
            String challenge = peer.receive(5000).orElseThrow();
            assertThat(challenge).startsWith("SIP/2.0 401");
            assertThat(challenge).containsPattern("(?i)WWW-Authenticate: Digest [^\\r]*algorithm=SHA-256")
                    .containsPattern("(?i)WWW-Authenticate: Digest [^\\r]*algorithm=MD5")
                    .containsPattern("(?i)realm=\"tsunagu.test\"");
            peer.send(peer.invite("201", "202", ""));
            assertThat(peer.status(5000)).contains(407);
        }
    }

    @Test
    void aCallFromAnAuthenticatedButUnregisteredLoginIsForbidden() throws Exception {
        f = new SipFixture();
        try (RawSip peer = new RawSip(f.host, f.edge.port())) {
            peer.send(peer.invite("201", "202", ""));
            String challenge = peer.receive(5000).orElseThrow();
            String nonce = challenge.replaceAll("(?s).*nonce=\"([^\"]+)\".*", "$1");
            String uri = "sip:202@" + f.host + ":" + f.edge.port();
            String ha1 = dev.tsunagu.sip.auth.DigestAlgorithm.MD5.ha1("201", SipFixture.REALM, "secret201");
            String response = dev.tsunagu.sip.auth.DigestAlgorithm.MD5.hex(ha1 + ":" + nonce + ":"
                    + dev.tsunagu.sip.auth.DigestAlgorithm.MD5.hex("INVITE:" + uri));
            peer.send(peer.invite("201", "202", "Proxy-Authorization: Digest username=\"201\", realm=\"" + SipFixture.REALM
                    + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=MD5\n"));
            assertThat(peer.status(5000)).contains(403);
        }
    }

    @Test
    void repeatedWrongPasswordsBlockTheSourceForAWhile() throws Exception {
        f = new SipFixture(c -> c.withGuard(3, Duration.ofMinutes(5), Duration.ofMinutes(10), 50));
        try (RawSip peer = new RawSip(f.host, f.edge.port())) {
            for (int i = 0; i < 3; i++) {
                peer.send(peer.register("201", "Authorization: Digest username=\"201\", realm=\"" + SipFixture.REALM
                        + "\", nonce=\"x\", uri=\"sip:" + f.host + "\", response=\"0123456789abcdef0123456789abcdef\", algorithm=MD5\n"));
                assertThat(peer.status(5000)).as("attempt %d", i + 1).contains(403);
            }
            assertThat(f.edge.isBlocked(f.host)).isTrue();
            peer.send(peer.register("201", ""));
            assertThat(peer.status(1000)).as("a blocked source hears nothing").isEmpty();
        }
    }

    @Test
    void unknownSourcesAreRateLimited() throws Exception {
        f = new SipFixture(c -> c.withGuard(5, Duration.ofMinutes(5), Duration.ofMinutes(10), 2));
        try (RawSip peer = new RawSip(f.host, f.edge.port())) {
            int answered = 0;
            for (int i = 0; i < 20; i++) {
                peer.send(peer.request("OPTIONS", "sip:" + f.host, "scanner", "tsunagu", "", ""));
            }
            while (peer.receive(500).isPresent()) {
                answered++;
            }
            assertThat(answered).as("a burst of twice the rate, then the refill").isBetween(2, 10);
        }
    }

    @Test
    void brokenMessagesGet400OrNothingAndTheEdgeGoesOn() throws Exception {
        f = new SipFixture();
        try (RawSip peer = new RawSip(f.host, f.edge.port())) {
            String good = peer.request("OPTIONS", "sip:" + f.host, "probe", "tsunagu", "", "");
            peer.send(good.replace("CSeq: 1 OPTIONS", "CSeq: one OPTIONS"));
            assertThat(peer.status(3000)).as("a bad CSeq").contains(400);
            peer.send(good.replaceAll("From: [^\\n]*\\n", "From: <not a uri\n"));
            Optional<Integer> badFrom = peer.status(3000);
            assertThat(badFrom).as("a bad From").satisfiesAnyOf(s -> assertThat(s).contains(400), s -> assertThat(s).isEmpty());
            for (String broken : new String[] {"\u0000\u0001garbage that is no SIP at all\r\n\r\n", "INVITE sip:201@x SIP/2.0\r\n\r\n",
                    good.replace("Content-Length: 0", "Content-Length: 99999")}) {
                peer.send(broken);
                Optional<Integer> answer = peer.status(1000);
                assertThat(answer).as(broken).satisfiesAnyOf(s -> assertThat(s).contains(400), s -> assertThat(s).isEmpty());
            }
            peer.send(good);
            assertThat(peer.status(3000)).as("the edge still answers").contains(200);
            peer.send(peer.request("SUBSCRIBE", "sip:201@" + f.host, "probe", "201", "Event: presence\n", ""));
            assertThat(peer.status(3000)).contains(405);
        }
    }
}
