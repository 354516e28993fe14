package dev.tsunagu.sip;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.TestPeer;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.sip.auth.SipCredential;
import dev.tsunagu.sip.trunk.SipTrunks;
import dev.tsunagu.sip.trunk.TrunkConfig;
import dev.tsunagu.telephony.call.CallEvent;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.PartyState;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
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
 * A PBX with the SIP edge in front of it: extensions 201–203, logins {@code 201}/{@code secret201}
 * and so on, the main number 0501234567 reaching 201, and softphones that are Java WebRTC test
 * peers playing a tone (they stand in for browser tabs).
 */
final class SipFixture implements AutoCloseable {

    static final String REALM = "tsunagu.test";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Map<String, String> NAMES = Map.of("201", "Agent One", "202", "Agent Two", "203", "Agent Three");
    static final InboundNumbers NUMBERS = new InboundNumbers(Map.of("0501234567", "201", "0501234202", "202"), "0501234567");

    final String host = MediaEngineConfig.firstNonLoopbackIpv4().getHostAddress();
    final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral().withRtpPorts(30000, 30999));
    final SipTrunks trunks = new SipTrunks();
    final Pbx pbx;
    final SipEdge edge;
    final Map<String, SipCredential> logins = new ConcurrentHashMap<>();
    private final Map<String, List<CallView>> views = new ConcurrentHashMap<>();
    private final List<TestPeer> peers = new ArrayList<>();

    SipFixture() throws Exception {
        this(cfg -> cfg);
    }

    SipFixture(java.util.function.UnaryOperator<SipEdgeConfig> tune) throws Exception {
        for (String ext : NAMES.keySet()) {
            logins.put(ext, SipCredential.of(ext, ext, NAMES.get(ext), REALM, "secret" + ext));
        }
        PbxSettings settings = PbxSettings.fixed(ParkingRules.DEFAULT, GuidanceLanguage.EN, Map.of("sales", Set.of("201", "203")), NUMBERS);
        DialPlan plan = new DialPlan(NAMES::containsKey, settings::parking, 4, settings::inboundNumbers);
        pbx = new Pbx(engine, plan, ext -> Optional.ofNullable(NAMES.get(ext)), settings, new Guidance(), event -> {
            if (event instanceof CallEvent.PartyChanged changed) {
                views.computeIfAbsent(changed.lineId(), k -> new CopyOnWriteArrayList<>()).add(changed.view());
            }
        }, new Pbx.Timings(Duration.ofSeconds(30), Duration.ofMillis(800)), Clock.systemUTC(), trunks);
        edge = SipEdge.start(tune.apply(SipEdgeConfig.forTests(host, REALM)), engine, pbx, u -> Optional.ofNullable(logins.get(u)),
                trunks, Clock.systemUTC());
    }

    /** A softphone tab on {@code extension} playing {@code toneHz}. */
    Softphone softphone(String lineId, String extension, int toneHz) throws Exception {
        TestPeer peer = new TestPeer();
        peers.add(peer);
        WebRtcEndpoint leg = engine.createWebRtcEndpoint(lineId);
        peer.connect(leg.answer(peer.offer()), Duration.ofSeconds(10));
        waitUntil(() -> leg.state() == EndpointState.CONNECTED);
        peer.startTone(toneHz);
        pbx.register(new PhoneLine(lineId, extension, NAMES.get(extension), leg));
        return new Softphone(lineId, peer);
    }

    record Softphone(String lineId, TestPeer peer) {
        boolean hears(int hz) {
            return peer.heardShare(hz) > 0.3;
        }
    }

    void ipTrunk(String host, int port, String... allowed) {
        trunks.configure(List.of(new TrunkConfig("t1", "carrier", host, port, "udp", TrunkConfig.Mode.IP, null, null, null, null,
                List.of(allowed), null, true)));
    }

    Optional<CallView> latest(String lineId) {
        List<CallView> list = views.getOrDefault(lineId, List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getLast());
    }

    CallView await(String lineId, Predicate<CallView> condition) throws InterruptedException {
        waitUntil(() -> latest(lineId).filter(condition).isPresent());
        return latest(lineId).orElseThrow();
    }

    CallView await(String lineId, PartyState state) throws InterruptedException {
        return await(lineId, v -> v.state() == state);
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        waitUntil(condition, WAIT);
    }

    static void waitUntil(BooleanSupplier condition, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + wait);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        edge.close();
        pbx.close();
        for (TestPeer p : peers) {
            p.close();
        }
        engine.close();
    }
}
