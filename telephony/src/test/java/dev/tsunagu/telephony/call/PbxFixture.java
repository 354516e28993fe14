package dev.tsunagu.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.TestPeer;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.telephony.dialplan.DialPlan;
import dev.tsunagu.telephony.guidance.Guidance;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.InboundNumbers;
import dev.tsunagu.telephony.settings.ParkingRules;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A PBX with real media legs: every phone is a Java WebRTC test peer playing its own tone, so tests
 * check who hears whom by frequency. Extensions 201–205; 201 and 203 share a pickup group.
 */
final class PbxFixture implements AutoCloseable {

    static final Map<String, String> NAMES = Map.of("201", "Agent One", "202", "Agent Two", "203", "Agent Three",
            "204", "Agent Four", "205", "Agent Five");
    static final Duration WAIT = Duration.ofSeconds(20);

    final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    final Pbx pbx;
    private final Map<String, List<CallView>> views = new ConcurrentHashMap<>();
    final List<PartyRecord> records = new CopyOnWriteArrayList<>();
    final List<TimelineEntry> timeline = new CopyOnWriteArrayList<>();
    final List<String> ended = new CopyOnWriteArrayList<>();
    private final List<TestPeer> peers = new ArrayList<>();

    /**
     * The company's numbers: the main number reaches 201, and 201 and 202 have DIDs of their own;
     * 0501230000 and 0501230001 reach the call centers "support" and "sales".
     */
    static final InboundNumbers NUMBERS = new InboundNumbers(
            Map.of("0501234567", "201", "0501234201", "201", "0501234202", "202", "0501234299", "299"),
            Map.of("0501230000", "support", "0501230001", "sales"), "0501234567");

    PbxFixture(Duration ringTimeout, Duration parkTimeout) throws Exception {
        this(ringTimeout, parkTimeout, Trunks.NONE);
    }

    PbxFixture(Duration ringTimeout, Duration parkTimeout, Trunks trunks) throws Exception {
        ParkingRules parking = new ParkingRules(701, 720, parkTimeout);
        PbxSettings settings = PbxSettings.fixed(parking, GuidanceLanguage.EN, Map.of("sales", Set.of("201", "203")), NUMBERS);
        DialPlan plan = new DialPlan(NAMES::containsKey, settings::parking, 4, settings::inboundNumbers);
        pbx = new Pbx(engine, plan, ext -> Optional.ofNullable(NAMES.get(ext)), settings, new Guidance(), event -> {
            switch (event) {
                case CallEvent.PartyChanged changed -> views.computeIfAbsent(changed.lineId(), k -> new CopyOnWriteArrayList<>()).add(changed.view());
                case CallEvent.PartyLeft left -> records.add(left.record());
                case CallEvent.Moved moved -> timeline.add(moved.entry());
                case CallEvent.CallEnded callEnded -> ended.add(callEnded.callId());
            }
        }, new Pbx.Timings(ringTimeout, Duration.ofMillis(800)), Clock.systemUTC(), trunks);
    }

    PbxFixture() throws Exception {
        this(Duration.ofSeconds(30), Duration.ofSeconds(300));
    }

    /** A phone of {@code extension} on line {@code lineId}, playing {@code toneHz} into its leg. */
    record Phone(PhoneLine line, TestPeer peer) {
        String lineId() {
            return line.id();
        }

        String extension() {
            return line.extension();
        }

        boolean hears(int hz) {
            return peer.heardShare(hz) > 0.3;
        }

        boolean hearsNot(int hz) {
            return peer.heardShare(hz) < 0.02;
        }
    }

    Phone phone(String lineId, String extension, int toneHz) throws Exception {
        Phone phone = unregistered(lineId, extension, toneHz);
        pbx.register(phone.line());
        return phone;
    }

    /** An outside phone (a dev phone on the virtual network) with its own number. */
    Phone outside(String lineId, String number, int toneHz) throws Exception {
        Phone phone = leg(lineId, toneHz, leg -> new PhoneLine(lineId, number, null, leg, LineKind.OUTSIDE));
        pbx.register(phone.line(), view -> { });
        return phone;
    }

    /** A connected leg playing {@code toneHz}, wrapped in a line by {@code line}. */
    Phone leg(String lineId, int toneHz, java.util.function.Function<WebRtcEndpoint, PhoneLine> line) throws Exception {
        TestPeer peer = new TestPeer();
        peers.add(peer);
        WebRtcEndpoint leg = engine.createWebRtcEndpoint(lineId);
        peer.connect(leg.answer(peer.offer()), Duration.ofSeconds(10));
        waitUntil(() -> leg.state() == EndpointState.CONNECTED);
        peer.startTone(toneHz);
        return new Phone(line.apply(leg), peer);
    }

    /** A phone with its leg, not registered (yet): e.g. a reconnecting tab's new leg for an existing line id. */
    Phone unregistered(String lineId, String extension, int toneHz) throws Exception {
        return leg(lineId, toneHz, leg -> new PhoneLine(lineId, extension, NAMES.get(extension), leg));
    }

    String dial(Phone from, String number) {
        DialResult result = pbx.dial(from.lineId(), number);
        assertThat(result).as("dialling " + number).isInstanceOf(DialResult.Started.class);
        return ((DialResult.Started) result).callId();
    }

    /** Waits for the line's latest view to match. */
    CallView await(Phone phone, Predicate<CallView> condition) throws InterruptedException {
        waitUntil(() -> latest(phone.lineId()).filter(condition).isPresent());
        return latest(phone.lineId()).orElseThrow();
    }

    CallView await(Phone phone, PartyState state) throws InterruptedException {
        return await(phone, view -> view.state() == state);
    }

    Optional<CallView> latest(String lineId) {
        List<CallView> list = views.get(lineId);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.getLast());
    }

    List<CallView> all(Phone phone) {
        return views.getOrDefault(phone.lineId(), List.of());
    }

    /** Rings, answers and waits until both hear each other. */
    String connect(Phone from, Phone to, int fromHz, int toHz) throws Exception {
        String call = dial(from, to.extension());
        await(to, PartyState.RINGING);
        pbx.answer(to.lineId(), call);
        await(from, PartyState.CONNECTED);
        await(to, PartyState.CONNECTED);
        waitUntil(() -> from.hears(toHz) && to.hears(fromHz));
        return call;
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        pbx.close();
        for (TestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }
}
