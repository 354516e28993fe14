package dev.tsunagu.server.sipedge;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.sip.SipEdge;
import dev.tsunagu.sip.SipEdgeConfig;
import dev.tsunagu.sip.SipException;
import dev.tsunagu.sip.auth.DigestAlgorithm;
import dev.tsunagu.sip.registrar.Binding;
import dev.tsunagu.sip.trunk.SipTrunks;
import dev.tsunagu.sip.trunk.TrunkStatus;
import dev.tsunagu.telephony.call.Pbx;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the SIP edge with the application when {@code tsunagu.sip.enabled} and stops it before
 * the PBX goes; loads the home tenant's trunks and follows every committed change to logins and
 * trunks.
 */
@Component
class SipEdgeRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SipEdgeRunner.class);

    private final SipProperties properties;
    private final MediaEngine engine;
    private final Pbx pbx;
    private final SipTrunks trunks;
    private final SipCredentialStore logins;
    private final SipTrunkStore trunkStore;
    private final HomeTenant home;
    private final Clock clock;
    private volatile SipEdge edge;

    SipEdgeRunner(SipProperties properties, MediaEngine engine, Pbx pbx, SipTrunks trunks, SipCredentialStore logins,
                  SipTrunkStore trunkStore, HomeTenant home, Clock clock) {
        this.properties = properties;
        this.engine = engine;
        this.pbx = pbx;
        this.trunks = trunks;
        this.logins = logins;
        this.trunkStore = trunkStore;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || edge != null) {
            return;
        }
        String address = engine.candidate().getAddress().getHostAddress();
        SipEdgeConfig config = new SipEdgeConfig(
                properties.bindAddress().isBlank() ? address : properties.bindAddress(), properties.port(), properties.tcp(),
                properties.advertisedHost().isBlank() ? address : properties.advertisedHost(), properties.realm(), algorithms(),
                properties.nonceLifetime(), properties.minExpires(), properties.maxExpires(), properties.maxAuthFailures(),
                properties.failureWindow(), properties.blockDuration(), properties.unknownSourceRate(), "Tsunagu");
        trunks.configure(trunkStore.all(home.id()));
        try {
            edge = SipEdge.start(config, engine, pbx, username -> logins.credential(home.id(), username, properties.realm()), trunks, clock);
        } catch (SipException e) {
            throw new IllegalStateException("the SIP edge did not start: " + e.getMessage(), e);
        }
    }

    private List<DigestAlgorithm> algorithms() {
        return Arrays.stream(properties.digestAlgorithms().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> DigestAlgorithm.of(s).orElseThrow(() -> new IllegalArgumentException("tsunagu.sip.digest-algorithms: " + s)))
                .toList();
    }

    @Override
    public synchronized void stop() {
        if (edge != null) {
            edge.close();
            edge = null;
        }
    }

    @Override
    public boolean isRunning() {
        return edge != null;
    }

    int port() {
        SipEdge e = edge;
        return e == null ? 0 : e.port();
    }

    List<Binding> registrations() {
        SipEdge e = edge;
        return e == null ? List.of() : e.registrations();
    }

    List<TrunkStatus> trunkStatuses() {
        return trunks.statuses();
    }

    @TransactionalEventListener
    void changed(SipChanged change) {
        if (!change.tenant().equals(home.id())) {
            return;
        }
        trunks.configure(trunkStore.all(home.id()));
        SipEdge e = edge;
        if (e != null && change.revokedUsername() != null) {
            e.revoke(change.revokedUsername());
        }
        log.debug("SIP settings reloaded");
    }
}
