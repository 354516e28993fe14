package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtcp.GenericNack;
import dev.tsunagu.media.rtcp.PictureLossIndication;
import dev.tsunagu.media.rtcp.Remb;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VideoRoomTest {

    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private VideoRoom room = new VideoRoom(VideoRoomSettings.DEFAULTS, now::get, r -> { });

    private static List<Integer> sequences(List<RtpPacket> packets) {
        return packets.stream().map(RtpPacket::sequenceNumber).toList();
    }

    private static void assertConsecutive(List<RtpPacket> packets) {
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).sequenceNumber()).isEqualTo((packets.get(i - 1).sequenceNumber() + 1) & 0xFFFF);
        }
    }

    private static long plis(FakeVideoPort port) {
        return port.feedback.stream().filter(f -> f instanceof PictureLossIndication).count();
    }

    @Test
    void subscribersGetThePublishersStreamFromAKeyFrameOnUnderTheirOwnSsrcAndPayloadType() throws MediaException {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        FakeVideoPort carol = new FakeVideoPort("carol", 3).receivingOn(31);
        room.add(alice);
        room.add(bob);
        room.add(carol);

        assertThat(plis(alice)).as("two new subscribers, one request per interval").isEqualTo(1);
        alice.publish(0, false);
        alice.publish(0, true);
        for (int i = 0; i < 5; i++) {
            alice.publish(0, false);
        }

        for (FakeVideoPort subscriber : List.of(bob, carol)) {
            List<RtpPacket> got = subscriber.sent;
            assertThat(got).hasSize(6);
            assertThat(got).extracting(RtpPacket::ssrc).containsOnly(subscriber.slots.getFirst().ssrc());
            assertThat(got).extracting(RtpPacket::payloadType).containsOnly(100);
            assertThat(got.getFirst().buffer()[got.getFirst().payloadOffset() + 1]).as("starts with the key frame").isZero();
            assertThat(got.getFirst().payloadLength()).isEqualTo(4);
            assertConsecutive(got);
        }
        assertThat(room.stats().packetsForwarded()).isEqualTo(12);
        assertThat(room.stats().forwardedStreams()).isEqualTo(2);
    }

    @Test
    void eachSubscriberSectionSaysWhoseSectionItCarriesAndAChangeIsAnnounced() {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11, 12);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        AtomicInteger announced = new AtomicInteger();
        room.onSourcesChanged(announced::incrementAndGet);
        room.add(alice);
        room.add(bob);
        assertThat(room.forwardingTo(bob)).containsExactly(new VideoRoom.Forwarding("1", alice, "1"));
        assertThat(room.forwardingTo(alice)).isEmpty();
        int before = announced.get();

        bob.receivingOn(21, 22);
        room.onVideoNegotiated(bob);
        assertThat(room.forwardingTo(bob)).containsExactly(new VideoRoom.Forwarding("1", alice, "1"), new VideoRoom.Forwarding("2", alice, "2"));
        assertThat(announced.get()).as("a new assignment is news even with the same streams published").isGreaterThan(before);
    }

    @Test
    void keyFrameRequestsFromSubscribersAreThrottledPerPublisherStream() {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        room.add(alice);
        room.add(bob);
        assertThat(plis(alice)).isEqualTo(1);

        for (int i = 0; i < 10; i++) {
            bob.receiver.onVideoFeedback(bob, new PictureLossIndication(2, 21));
        }
        assertThat(plis(alice)).isEqualTo(1);
        now.addAndGet(500 * MS);
        bob.receiver.onVideoFeedback(bob, new PictureLossIndication(2, 21));
        bob.receiver.onVideoFeedback(bob, new PictureLossIndication(2, 99)); // not one of bob's streams
        assertThat(plis(alice)).isEqualTo(2);
        assertThat(alice.feedback.getLast()).isEqualTo(new PictureLossIndication(1, 11));
    }

    @Test
    void aWaitedKeyFrameIsAskedForAgainUntilItComes() throws MediaException {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        room.add(alice);
        room.add(bob);
        now.addAndGet(600 * MS);
        room.tick(now.get());
        assertThat(plis(alice)).as("the first request may have been lost").isEqualTo(2);

        alice.publish(0, true);
        now.addAndGet(600 * MS);
        room.tick(now.get());
        assertThat(plis(alice)).isEqualTo(2);
    }

    @Test
    void aNackIsAnsweredFromTheCacheAndOnlyMissesGoToThePublisherInItsNumbers() throws MediaException {
        room = new VideoRoom(new VideoRoomSettings(4, Duration.ofSeconds(1), Duration.ofMillis(500), 2_500_000, 100_000),
                now::get, r -> { });
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        room.add(alice);
        room.add(bob);
        alice.publish(0, false); // alice's sequence 0: dropped while bob waits for a key frame
        for (int i = 0; i < 10; i++) {
            alice.publish(0, i == 0); // alice's sequences 1..10
        }
        List<Integer> got = sequences(bob.sent);
        int recent = got.get(8);
        int evicted = got.get(2);

        bob.receiver.onVideoFeedback(bob, new GenericNack(2, 21, List.of(recent, evicted)));

        assertThat(bob.sent).hasSize(11);
        assertThat(bob.sent.getLast().sequenceNumber()).isEqualTo(recent);
        assertThat(alice.feedback.getLast()).isEqualTo(new GenericNack(1, 11, List.of(3)));
        assertThat(room.stats().nacksAnswered()).isEqualTo(1);
        assertThat(room.stats().nacksForwarded()).isEqualTo(1);
    }

    @Test
    void whenItsPublisherLeavesASlotTakesTheNextStreamAndStaysContinuous() throws MediaException {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        room.add(alice);
        room.add(bob);
        alice.publish(0, true);
        alice.publish(0, false);
        room.remove(alice);
        assertThat(alice.receiver).isNull();

        FakeVideoPort dave = new FakeVideoPort("dave", 4).publishing(41);
        room.add(dave);
        now.addAndGet(100 * MS);
        for (int i = 0; i < 40_000; i++) {
            dave.publish(0, i == 0);
        }
        assertThat(bob.sent).hasSize(40_002);
        assertConsecutive(bob.sent);
        long before = bob.sent.get(1).timestamp();
        long after = bob.sent.get(2).timestamp();
        assertThat((after - before) & 0xFFFFFFFFL).as("100 ms at 90 kHz").isEqualTo(9_000);
    }

    @Test
    void leavingAndJoiningLeavesTheOthersStreamsAlone() throws MediaException {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11).receivingOn(12, 13);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).publishing(21).receivingOn(22, 23);
        FakeVideoPort carol = new FakeVideoPort("carol", 3).publishing(31, 32).receivingOn(33, 34);
        room.add(alice);
        room.add(bob);
        room.add(carol);
        assertThat(room.sourcesFor(alice)).isEqualTo(3);
        bob.publish(0, true);
        long bobOnAlice = alice.sent.getLast().ssrc();

        room.remove(carol);
        bob.publish(0, false);
        assertThat(alice.sent).hasSize(2);
        assertThat(alice.sent.getLast().ssrc()).as("bob stays on his slot, no new key frame needed").isEqualTo(bobOnAlice);
        assertConsecutive(alice.sent);
        assertThat(room.sourcesFor(alice)).isEqualTo(1);
        assertThat(room.stats().participants()).isEqualTo(2);
    }

    @Test
    void publishersAreAskedForTheLowestShareOfTheirSubscribersEstimates() {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).publishing(21).receivingOn(22);
        FakeVideoPort carol = new FakeVideoPort("carol", 3).receivingOn(33, 34);
        room.add(alice);
        room.add(bob);
        room.add(carol);
        carol.receiver.onVideoFeedback(carol, new Remb(3, 800_000, List.of(33L, 34L)));
        bob.receiver.onVideoFeedback(bob, new Remb(2, 50_000, List.of(22L)));

        room.tick(now.get());

        Remb toAlice = (Remb) alice.feedback.getLast();
        assertThat(toAlice.ssrcs()).containsExactly(11L);
        assertThat(toAlice.bitrate()).as("bob's 50 kbit/s is below the floor").isEqualTo(100_000);
        Remb toBob = (Remb) bob.feedback.getLast();
        assertThat(toBob.bitrate()).as("carol's estimate split over her two streams").isEqualTo(400_000);
        assertThat(room.stats().rembsSent()).isEqualTo(2);
    }

    @Test
    void aPacketOfAnUnknownPayloadTypeIsDroppedAndCounted() throws MediaException {
        FakeVideoPort alice = new FakeVideoPort("alice", 1).publishing(11);
        FakeVideoPort bob = new FakeVideoPort("bob", 2).receivingOn(21);
        room.add(alice);
        room.add(bob);
        byte[] packet = new byte[32];
        int n = RtpWriter.write(packet, 0, new RtpHeader(false, 127, 1, 1, 11), new byte[] {1, 2}, 0, 2);
        alice.receiver.onVideo(alice, alice.tracks.getFirst(), RtpPacket.parse(packet, 0, n));
        n = RtpWriter.write(packet, 0, new RtpHeader(false, FakeVideoPort.VP8_PT, 2, 1, 11), new byte[] {(byte) 0x80}, 0, 1);
        alice.receiver.onVideo(alice, alice.tracks.getFirst(), RtpPacket.parse(packet, 0, n));

        assertThat(bob.sent).isEmpty();
        assertThat(room.stats().packetsDropped()).isEqualTo(2);
    }
}
