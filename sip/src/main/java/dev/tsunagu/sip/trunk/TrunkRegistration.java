package dev.tsunagu.sip.trunk;

import dev.tsunagu.sip.stack.Signalling;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our registration at a carrier (a registration trunk): REGISTER with our contact, answer the
 * digest challenge, refresh before the granted time runs out (at 80 %), retry after a failure,
 * and un-REGISTER when the trunk goes. One Call-ID for its whole life, CSeq rising (RFC 3261 §10.2.4).
 */
final class TrunkRegistration {

    private static final Logger log = LoggerFactory.getLogger(TrunkRegistration.class);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final TrunkConfig trunk;
    private final Signalling sip;
    private final AuthenticationHelper auth;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final String callId;
    private long cseq;
    private volatile Instant registeredUntil;
    private volatile String lastError;
    private ScheduledFuture<?> next;
    private boolean stopped;

    TrunkRegistration(TrunkConfig trunk, Signalling sip, AuthenticationHelper auth, ScheduledExecutorService timers, Clock clock) {
        this.trunk = trunk;
        this.sip = sip;
        this.auth = auth;
        this.timers = timers;
        this.clock = clock;
        this.callId = sip.provider().getNewCallId().getCallId();
    }

    synchronized void start() {
        send(trunk.registrationExpiry());
    }

    /** Un-REGISTERs (expires 0) and stops refreshing. */
    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
        if (registeredUntil != null) {
            send(Duration.ZERO);
        }
        registeredUntil = null;
    }

    boolean registered() {
        Instant until = registeredUntil;
        return until != null && until.isAfter(clock.instant());
    }

    Instant registeredUntil() {
        return registeredUntil;
    }

    String lastError() {
        return lastError;
    }

    private void send(Duration expires) {
        try {
            SipURI registrar = sip.addresses.createSipURI(null, trunk.host());
            registrar.setPort(trunk.port());
            if (!trunk.transport().equals("udp")) {
                registrar.setTransportParam(trunk.transport());
            }
            Address aor = sip.addresses.createAddress(sip.addresses.createSipURI(trunk.username(), trunk.host()));
            CallIdHeader id = sip.headers.createCallIdHeader(callId);
            Request r = sip.messages.createRequest(registrar, Request.REGISTER, id,
                    sip.headers.createCSeqHeader(++cseq, Request.REGISTER),
                    sip.headers.createFromHeader(aor, UUID.randomUUID().toString().substring(0, 8)),
                    sip.headers.createToHeader(aor, null),
                    List.of(sip.headers.createViaHeader(sip.host(), sip.port(), trunk.transport(), null)),
                    sip.headers.createMaxForwardsHeader(70));
            ContactHeader contact = sip.contact(trunk.username(), trunk.transport());
            r.setHeader(contact);
            r.setHeader(sip.headers.createExpiresHeader((int) expires.toSeconds()));
            r.setHeader(sip.userAgent());
            ClientTransaction ct = sip.provider().getNewClientTransaction(r);
            ct.setApplicationData(this);
            ct.sendRequest();
        } catch (Exception e) {
            fail("REGISTER not sent: " + e.getMessage());
        }
    }

    synchronized void onResponse(ResponseEvent event) {
        Response r = event.getResponse();
        int status = r.getStatusCode();
        if (status < 200 || stopped) {
            return;
        }
        if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
            if (event.getClientTransaction().getRequest().getHeader("Authorization") != null
                    || event.getClientTransaction().getRequest().getHeader("Proxy-Authorization") != null) {
                // Our answer to the challenge was refused: wrong credentials, do not hammer the carrier.
                fail("credentials refused (" + status + ")");
                return;
            }
            try {
                ClientTransaction retry = auth.handleChallenge(r, event.getClientTransaction(), sip.provider(), 5);
                retry.setApplicationData(this);
                retry.sendRequest();
                cseq = ((CSeqHeader) retry.getRequest().getHeader(CSeqHeader.NAME)).getSeqNumber();
            } catch (Exception e) {
                fail("challenge not answered: " + e.getMessage());
            }
            return;
        }
        if (status / 100 == 2) {
            long granted = grantedSeconds(r);
            registeredUntil = clock.instant().plusSeconds(granted);
            lastError = null;
            schedule(Duration.ofSeconds(Math.max(5, granted * 8 / 10)));
            log.info("trunk {} registered at {} for {} s", trunk.name(), trunk.host(), granted);
            return;
        }
        fail("carrier answered " + status + " " + r.getReasonPhrase());
    }

    synchronized void onTimeout() {
        if (!stopped) {
            fail("carrier did not answer");
        }
    }

    private long grantedSeconds(Response r) {
        ContactHeader c = (ContactHeader) r.getHeader(ContactHeader.NAME);
        if (c != null && c.getExpires() > 0) {
            return c.getExpires();
        }
        ExpiresHeader e = (ExpiresHeader) r.getHeader(ExpiresHeader.NAME);
        return e != null && e.getExpires() > 0 ? e.getExpires() : trunk.registrationExpiry().toSeconds();
    }

    private void fail(String why) {
        lastError = why;
        registeredUntil = null;
        log.warn("trunk {}: {}", trunk.name(), why);
        schedule(RETRY);
    }

    private void schedule(Duration after) {
        if (stopped) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = timers.schedule(() -> {
            synchronized (this) {
                if (!stopped) {
                    send(trunk.registrationExpiry());
                }
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
    }
}
