package dev.tsunagu.sip;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.sip.auth.Challenges;
import dev.tsunagu.sip.auth.DigestVerifier;
import dev.tsunagu.sip.auth.Nonces;
import dev.tsunagu.sip.auth.SipCredentials;
import dev.tsunagu.sip.call.CallIds;
import dev.tsunagu.sip.guard.SourceGuard;
import dev.tsunagu.sip.phone.PhoneLines;
import dev.tsunagu.sip.registrar.Binding;
import dev.tsunagu.sip.registrar.RegisterHandler;
import dev.tsunagu.sip.registrar.Registrar;
import dev.tsunagu.sip.stack.Signalling;
import dev.tsunagu.sip.trunk.SipTrunks;
import dev.tsunagu.sip.trunk.TrunkStatus;
import dev.tsunagu.telephony.call.Pbx;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The SIP edge (PL-01): a registrar whose phones become PBX lines of their extensions, carrier
 * trunks in both directions, digest authentication, and a guard against scanners and floods. SIP
 * stops here: inside, a SIP phone or a trunk's caller is a line with an RTP leg like any other.
 */
public final class SipEdge implements AutoCloseable {

    private final Signalling sip;
    private final Registrar registrar;
    private final PhoneLines phones;
    private final SipTrunks trunks;
    private final CallIds calls = new CallIds();
    private final SourceGuard guard;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sip-timers").factory());

    private SipEdge(SipEdgeConfig config, MediaEngine engine, Pbx pbx, SipCredentials credentials, SipTrunks trunks, Clock clock)
            throws SipException {
        this.trunks = trunks;
        this.guard = new SourceGuard(config.maxAuthFailures(), config.failureWindow(), config.blockDuration(),
                config.unknownSourceRate(), clock);
        Requests requests = new Requests();
        this.sip = new Signalling(config, requests);
        DigestVerifier verifier = new DigestVerifier(config.realm(), config.algorithms(), new Nonces(config.nonceLifetime(), clock),
                credentials);
        Challenges challenges = new Challenges(sip, verifier);
        this.phones = new PhoneLines(sip, engine, pbx, executor, calls);
        this.registrar = new Registrar(phones, clock);
        requests.wire(new EdgeContext(sip, registrar, phones, trunks, calls, guard, verifier, challenges,
                new RegisterHandler(sip, registrar, verifier, challenges, guard, config, clock)));
        trunks.attach(new SipTrunks.Edge(sip, engine, pbx, executor, timers, calls, clock));
        timers.scheduleAtFixedRate(this::housekeeping, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts the stack on the configured port; the PBX must have been built with {@code trunks}. */
    public static SipEdge start(SipEdgeConfig config, MediaEngine engine, Pbx pbx, SipCredentials credentials, SipTrunks trunks,
                                Clock clock) throws SipException {
        return new SipEdge(config, engine, pbx, credentials, trunks, clock);
    }

    private void housekeeping() {
        try {
            registrar.expire();
            guard.sweep();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SipEdge.class).warn("SIP housekeeping", e);
        }
    }

    public int port() {
        return sip.port();
    }

    public String host() {
        return sip.host();
    }

    public List<Binding> registrations() {
        return registrar.all();
    }

    public List<TrunkStatus> trunkStatuses() {
        return trunks.statuses();
    }

    /** Calls in progress on the edge that a peer started (for metrics and tests). */
    public int inboundCalls() {
        return calls.size();
    }

    /** A login was deleted or its password changed: its phones must register again. */
    public void revoke(String username) {
        registrar.revoke(username);
    }

    public boolean isBlocked(String address) {
        return guard.isBlocked(address);
    }

    @Override
    public void close() {
        trunks.detach();
        phones.closeAll();
        timers.shutdownNow();
        sip.close();
        executor.shutdown();
    }
}
