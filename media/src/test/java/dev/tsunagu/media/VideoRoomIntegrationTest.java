package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.VideoTestPeer.Section;
import dev.tsunagu.media.video.VideoRoom;
import dev.tsunagu.media.video.VideoRoomSettings;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two video peers in a room over real UDP (ICE-lite, DTLS-SRTP): each receives the other's camera
 * from a key frame on with continuous numbers, a NACKed packet is resent (or asked of the
 * publisher once the cache lost it), and a screen share added by re-offer, and a restarted camera,
 * reach the other side on the same transport.
 */
class VideoRoomIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final MediaEngine engine;
    private final VideoTestPeer alice;
    private final VideoTestPeer bob;

    VideoRoomIntegrationTest() throws Exception {
        engine = MediaEngine.start(MediaEngineConfig.ephemeral());
        alice = new VideoTestPeer();
        bob = new VideoTestPeer();
    }

    @AfterEach
    void close() throws Exception {
        alice.close();
        bob.close();
        engine.close();
    }

    private static void assertContinuous(List<Integer> sequences) {
        assertContinuous(sequences, List.of());
    }

    /** Each packet follows the one before, but for packets lost on the way (which may come later, resent). */
    private static void assertContinuous(List<Integer> sequences, List<Integer> lost) {
        List<Integer> inOrder = new ArrayList<>(new LinkedHashSet<>(sequences));
        inOrder.removeAll(lost);
        for (int i = 1; i < inOrder.size(); i++) {
            int previous = inOrder.get(i - 1);
            int expected = lost.contains((previous + 1) & 0xFFFF) ? (previous + 2) & 0xFFFF : (previous + 1) & 0xFFFF;
            assertThat(inOrder.get(i)).as("after %d", previous).isEqualTo(expected);
        }
    }

    @Test
    void twoPeersSeeEachOtherAndAScreenShareAndARestartedCameraArriveAfterReoffers() throws Exception {
        // A small cache, so that an older packet has left it and a NACK for it goes to the publisher.
        VideoRoom room = engine.createVideoRoom(new VideoRoomSettings(64, Duration.ofSeconds(5), Duration.ofMillis(300),
                2_500_000, 100_000));
        WebRtcEndpoint a = engine.createVideoEndpoint("alice");
        String aliceAnswer = a.answer(alice.offer(new Section("1", "sendrecv", 1111)));
        alice.connect(aliceAnswer, TIMEOUT);
        waitUntil(() -> a.state() == EndpointState.CONNECTED);
        room.add(a.video());
        alice.startSending("1", 100);
        waitUntil(() -> a.videoPacketsReceived() > 20);
        assertThat(alice.plis).as("nobody watches yet").isEmpty();

        WebRtcEndpoint b = engine.createVideoEndpoint("bob");
        String bobAnswer = b.answer(bob.offer(new Section("1", "sendrecv", 2222)));
        bob.connect(bobAnswer, TIMEOUT);
        waitUntil(() -> b.state() == EndpointState.CONNECTED);
        room.add(b.video());
        bob.startSending("1", 100);

        long aliceOnBob = VideoTestPeer.answeredSsrcs(bobAnswer).get("1");
        long bobOnAlice = VideoTestPeer.answeredSsrcs(aliceAnswer).get("1");
        waitUntil(() -> bob.received(aliceOnBob).sequences.size() >= 150 && alice.received(bobOnAlice).sequences.size() >= 150);
        assertThat(bob.received(aliceOnBob).firstWasKeyframe).isTrue();
        assertThat(alice.received(bobOnAlice).firstWasKeyframe).isTrue();
        assertThat(alice.plis).containsKey(1111L);
        assertContinuous(bob.received(aliceOnBob).sequences);
        assertContinuous(alice.received(bobOnAlice).sequences);

        // NACK: a packet lost just now comes from the cache; one lost long ago has left it and is asked of alice in her numbers.
        VideoTestPeer.Received onBob = bob.received(aliceOnBob);
        bob.loseNext(aliceOnBob);
        waitUntil(() -> bob.lost.containsKey(aliceOnBob));
        int longAgo = bob.lost.get(aliceOnBob).getFirst();
        int count = onBob.sequences.size();
        waitUntil(() -> onBob.sequences.size() > count + 100);
        bob.loseNext(aliceOnBob);
        waitUntil(() -> bob.lost.get(aliceOnBob).size() == 2);
        int justNow = bob.lost.get(aliceOnBob).get(1);
        bob.nack(aliceOnBob, List.of(longAgo, justNow));
        waitUntil(() -> onBob.sequences.contains(justNow));
        int aliceKeyframe = alice.keyframesSent(1111).getFirst();
        int firstOnBob = onBob.sequences.getFirst();
        waitUntil(() -> alice.nackedSequences.contains((aliceKeyframe + longAgo - firstOnBob) & 0xFFFF));
        assertThat(onBob.sequences).doesNotContain(longAgo);
        assertThat(room.stats().nacksAnswered()).isEqualTo(1);
        assertThat(room.stats().nacksForwarded()).isEqualTo(1);

        // Alice shares her screen (a second section); bob adds a receive-only section for it.
        String aliceReanswer = a.answer(alice.offer(new Section("1", "sendrecv", 1111), new Section("2", "sendonly", 1112)));
        assertThat(aliceReanswer).contains("a=mid:2").contains("a=recvonly");
        alice.startSending("2", 50);
        waitUntil(() -> room.sourcesFor(b.video()) == 2);
        String bobReanswer = b.answer(bob.offer(new Section("1", "sendrecv", 2222), new Section("2", "recvonly", 0)));
        Map<String, Long> bobSlots = VideoTestPeer.answeredSsrcs(bobReanswer);
        assertThat(bobSlots.get("1")).as("our SSRC survives the re-offer").isEqualTo(aliceOnBob);
        long screenOnBob = bobSlots.get("2");
        waitUntil(() -> bob.received(screenOnBob).sequences.size() >= 30);
        assertThat(bob.received(screenOnBob).firstWasKeyframe).isTrue();
        assertContinuous(bob.received(screenOnBob).sequences);

        // Alice restarts her camera under a new SSRC: bob's stream switches source and stays continuous.
        int before = bob.received(aliceOnBob).sequences.size();
        a.answer(alice.offer(new Section("1", "sendrecv", 1113), new Section("2", "sendonly", 1112)));
        waitUntil(() -> !alice.keyframesSent(1113).isEmpty() && bob.received(aliceOnBob).sequences.size() >= before + 100);
        assertContinuous(bob.received(aliceOnBob).sequences, bob.lost.get(aliceOnBob));
        assertThat(bob.received(aliceOnBob).keyframes).isGreaterThanOrEqualTo(2);

        // A re-offer that restarts ICE and DTLS (another peer's credentials) is refused; the leg carries on.
        try (VideoTestPeer stranger = new VideoTestPeer()) {
            assertThatThrownBy(() -> a.answer(stranger.offer(new Section("1", "sendrecv", 9))))
                    .isInstanceOfSatisfying(MediaException.class, e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNSUPPORTED));
        }

        // Bob leaves: alice's leg and the room carry on.
        room.remove(b.video());
        b.close();
        assertThat(room.stats().participants()).isEqualTo(1);
        assertThat(a.state()).isEqualTo(EndpointState.CONNECTED);
        assertThat(engine.metrics().handshakesFailed()).isZero();
        room.close();
    }

    @Test
    void anAudioOnlyLegStillRejectsVideoAndSecondOffers() throws Exception {
        WebRtcEndpoint audioOnly = engine.createWebRtcEndpoint("audio");
        String answer = audioOnly.answer(alice.offer(new Section("1", "sendrecv", 1111)));
        assertThat(answer).contains("m=video 0 ").contains("a=group:BUNDLE 0\r\n");
        assertThatThrownBy(() -> audioOnly.answer(alice.offer(new Section("1", "sendrecv", 1111))))
                .isInstanceOfSatisfying(MediaException.class, e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP));
        assertThatThrownBy(audioOnly::video).isInstanceOf(IllegalStateException.class);
        audioOnly.close();
    }
}
