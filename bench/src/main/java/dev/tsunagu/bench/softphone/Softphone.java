package dev.tsunagu.bench.softphone;

import dev.tsunagu.media.TestPeer;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in softphone tab with its one media leg, as the web app sets it up: sign in, open
 * {@code /ws}, {@code phone.connect} with the peer's offer, connect the peer (ICE, DTLS-SRTP) with
 * the answer, and keep its microphone sending.
 */
final class Softphone implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    final String login;
    final String extension;
    final WebSession session;
    final SoftphoneTab tab;
    final TestPeer peer;
    final Microphones.Microphone microphone;

    private Softphone(String login, String extension, WebSession session, SoftphoneTab tab, TestPeer peer,
                      Microphones.Microphone microphone) {
        this.login = login;
        this.extension = extension;
        this.session = session;
        this.tab = tab;
        this.peer = peer;
        this.microphone = microphone;
    }

    /** {@code listens}: whether the peer decodes what it hears (the callee, to tell when the caller's tone is audible). */
    static Softphone open(String origin, BenchAccount account, boolean listens, Microphones microphones, byte[][] tone)
            throws Exception {
        WebSession session = WebSession.signIn(origin, account.login(), account.password());
        SoftphoneTab tab = SoftphoneTab.open(session);
        TestPeer peer = new TestPeer();
        try {
            if (!listens) {
                peer.countOnly();
            }
            JsonNode ack = tab.call("phone.connect", Map.of("sdp", peer.offer()), PATIENCE);
            peer.connect(ack.get("sdp").asString(), PATIENCE);
            return new Softphone(account.login(), ack.get("extension").asString(), session, tab, peer, microphones.start(peer, tone));
        } catch (Exception e) {
            peer.close();
            tab.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        tab.close();
        peer.close();
    }
}
