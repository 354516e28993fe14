package dev.tsunagu.sip.registrar;

import dev.tsunagu.sip.SipEdgeConfig;
import dev.tsunagu.sip.auth.Challenges;
import dev.tsunagu.sip.auth.DigestVerifier;
import dev.tsunagu.sip.auth.SipCredential;
import dev.tsunagu.sip.guard.SourceGuard;
import dev.tsunagu.sip.stack.Signalling;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.ListIterator;
import java.util.TimeZone;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REGISTER (RFC 3261 §10.3): digest-authenticated (401 with a challenge per algorithm, stale=true
 * for an expired nonce, 403 for a wrong password, which also counts against the source), the
 * authenticated user must be the address-of-record's user, expiry kept between the configured
 * bounds (423 below the minimum), {@code Contact: *} removes every binding. Answered statelessly:
 * a retransmission is applied again harmlessly (same Call-ID and CSeq).
 */
public final class RegisterHandler {

    private static final Logger log = LoggerFactory.getLogger(RegisterHandler.class);
    private static final Duration DEFAULT_EXPIRES = Duration.ofHours(1);
    private static final int LISTED_BINDINGS = 20;

    private final Signalling sip;
    private final Registrar registrar;
    private final DigestVerifier verifier;
    private final Challenges challenges;
    private final SourceGuard guard;
    private final SipEdgeConfig config;

    public RegisterHandler(Signalling sip, Registrar registrar, DigestVerifier verifier, Challenges challenges, SourceGuard guard,
                           SipEdgeConfig config, Clock clock) {
        this.sip = sip;
        this.registrar = registrar;
        this.verifier = verifier;
        this.challenges = challenges;
        this.guard = guard;
        this.config = config;
    }

    public void handle(Request request, String source, int sourcePort) {
        List<AuthorizationHeader> auth = headers(request, AuthorizationHeader.NAME);
        DigestVerifier.Outcome outcome = verifier.verify(Request.REGISTER, auth, source);
        SipCredential who;
        switch (outcome) {
            case DigestVerifier.Outcome.Missing m -> {
                sip.send(null, challenges.challenge(request, Response.UNAUTHORIZED, source, false));
                return;
            }
            case DigestVerifier.Outcome.Stale s -> {
                sip.send(null, challenges.challenge(request, Response.UNAUTHORIZED, source, true));
                return;
            }
            case DigestVerifier.Outcome.Failed f -> {
                log.info("REGISTER from {} refused: user {} ({})", source, f.username(), f.why());
                if (guard.failed(source)) {
                    log.warn("SIP source {} blocked after repeated authentication failures", source);
                }
                sip.reply(request, Response.FORBIDDEN);
                return;
            }
            case DigestVerifier.Outcome.Authentic a -> who = a.credential();
        }
        String aorUser = ((SipURI) ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI()).getUser();
        if (aorUser == null || !(aorUser.equals(who.username()) || aorUser.equals(who.extension()))) {
            // Authenticated as one phone, registering another: refused, like a wrong password.
            guard.failed(source);
            sip.reply(request, Response.FORBIDDEN);
            return;
        }
        guard.succeeded(source);
        ExpiresHeader expiresHeader = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        List<ContactHeader> contacts = headers(request, ContactHeader.NAME);
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
            if (contacts.size() != 1 || expiresHeader == null || expiresHeader.getExpires() != 0) {
                sip.reply(request, Response.BAD_REQUEST);
                return;
            }
            registrar.removeAll(who.username());
            sip.send(null, ok(request, List.of()));
            return;
        }
        List<Registrar.Update> updates = new ArrayList<>();
        for (ContactHeader c : contacts) {
            long asked = c.getExpires() >= 0 ? c.getExpires() : expiresHeader != null ? expiresHeader.getExpires() : DEFAULT_EXPIRES.toSeconds();
            if (asked > 0 && asked < config.minExpires().toSeconds()) {
                Response tooBrief = sip.response(Response.INTERVAL_TOO_BRIEF, request);
                try {
                    tooBrief.setHeader(sip.headers.createMinExpiresHeader((int) config.minExpires().toSeconds()));
                } catch (InvalidArgumentException e) {
                    throw new IllegalStateException(e);
                }
                sip.send(null, tooBrief);
                return;
            }
            updates.add(new Registrar.Update(c.getAddress().getURI().toString(),
                    Duration.ofSeconds(Math.min(asked, config.maxExpires().toSeconds()))));
        }
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        UserAgentHeader ua = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        List<Binding> now = registrar.apply(who, updates, callId, cseq, source, sourcePort, via.getTransport().toLowerCase(),
                ua == null ? null : String.join(" ", iterable(ua.getProduct())));
        // All bindings, as §10.3 says, unless that many would outgrow a UDP datagram: then the ones asked about.
        List<String> asked = updates.stream().map(Registrar.Update::contact).toList();
        sip.send(null, ok(request, now.size() <= LISTED_BINDINGS ? now : now.stream().filter(b -> asked.contains(b.contact())).toList()));
    }

    private Response ok(Request request, List<Binding> bindings) {
        Response ok = sip.response(Response.OK, request);
        try {
            for (Binding b : bindings) {
                ContactHeader c = sip.headers.createContactHeader(sip.addresses.createAddress(b.contact()));
                long left = Math.max(0, Duration.between(java.time.Instant.now(), b.expiresAt()).toSeconds());
                c.setExpires((int) left);
                ok.addHeader(c);
            }
            ok.setHeader(sip.headers.createDateHeader(Calendar.getInstance(TimeZone.getTimeZone("GMT"))));
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException(e);
        }
        return ok;
    }

    private static List<String> iterable(ListIterator<?> it) {
        List<String> out = new ArrayList<>();
        while (it != null && it.hasNext()) {
            out.add(String.valueOf(it.next()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> headers(Request request, String name) {
        List<T> list = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(name);
        while (it != null && it.hasNext()) {
            list.add((T) it.next());
        }
        return list;
    }
}
