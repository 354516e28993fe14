package dev.tsunagu.sip.trunk;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.sip.call.CallIds;
import dev.tsunagu.sip.call.InviteTarget;
import dev.tsunagu.sip.call.SerialQueue;
import dev.tsunagu.sip.call.SipCall;
import dev.tsunagu.sip.stack.Signalling;
import dev.tsunagu.telephony.call.CallerId;
import dev.tsunagu.telephony.call.LineKind;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
import dev.tsunagu.telephony.call.Trunks;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The carrier trunks: the PBX's {@link Trunks} (outgoing calls go through the first enabled trunk),
 * the sources inbound calls are accepted from, and the registrations of registration trunks. It
 * exists before the edge (the PBX is built with it) and does nothing until the edge attaches; with
 * no trunk configured every outside number goes to the virtual network.
 */
public final class SipTrunks implements Trunks {

    private static final Logger log = LoggerFactory.getLogger(SipTrunks.class);

    /** What the edge lends the trunks once it runs. */
    public record Edge(Signalling sip, MediaEngine engine, Pbx pbx, Executor executor, ScheduledExecutorService timers,
                       CallIds calls, Clock clock) {
    }

    private record Active(TrunkConfig config, List<AddressMatch> sources, AuthenticationHelper auth, TrunkRegistration registration) {
    }

    private volatile Edge edge;
    private volatile List<TrunkConfig> configs = List.of();
    private volatile List<Active> active = List.of();

    /** Replaces the trunks (admin changes); registrations of removed or changed trunks are ended. */
    public synchronized void configure(List<TrunkConfig> trunks) {
        configs = List.copyOf(trunks);
        if (edge != null) {
            activate();
        }
    }

    public synchronized void attach(Edge running) {
        this.edge = running;
        activate();
    }

    public synchronized void detach() {
        active.forEach(a -> {
            if (a.registration() != null) {
                a.registration().stop();
            }
        });
        active = List.of();
        edge = null;
    }

    private void activate() {
        active.forEach(a -> {
            if (a.registration() != null) {
                a.registration().stop();
            }
        });
        List<Active> next = new ArrayList<>();
        for (TrunkConfig t : configs) {
            if (!t.enabled()) {
                continue;
            }
            List<AddressMatch> sources = new ArrayList<>();
            try {
                for (String s : t.mode() == TrunkConfig.Mode.IP ? t.allowedAddresses() : List.of(t.host())) {
                    if (t.mode() == TrunkConfig.Mode.REGISTRATION) {
                        for (InetAddress a : InetAddress.getAllByName(s)) {
                            sources.add(AddressMatch.parse(a.getHostAddress()));
                        }
                    } else {
                        sources.add(AddressMatch.parse(s));
                    }
                }
            } catch (UnknownHostException | NumberFormatException e) {
                log.warn("trunk {}: cannot resolve its addresses: {}", t.name(), e.getMessage());
            }
            AuthenticationHelper auth = edge.sip().stack().getAuthenticationHelper((ct, realm) -> credentials(t), edge.sip().headers);
            TrunkRegistration registration = t.mode() == TrunkConfig.Mode.REGISTRATION
                    ? new TrunkRegistration(t, edge.sip(), auth, edge.timers(), edge.clock()) : null;
            next.add(new Active(t, List.copyOf(sources), auth, registration));
        }
        active = List.copyOf(next);
        active.forEach(a -> {
            if (a.registration() != null) {
                a.registration().start();
            }
        });
    }

    private static UserCredentials credentials(TrunkConfig t) {
        return new UserCredentials() {
            @Override public String getUserName() { return t.digestUser(); }
            @Override public String getPassword() { return t.password() == null ? "" : t.password(); }
            @Override public String getSipDomain() { return t.host(); }
        };
    }

    /** The enabled trunk an address belongs to, if any. */
    public Optional<TrunkConfig> trunkOf(String sourceAddress) {
        InetAddress a;
        try {
            a = InetAddress.getByName(sourceAddress);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return active.stream().filter(t -> t.sources().stream().anyMatch(m -> m.matches(a))).map(Active::config).findFirst();
    }

    public List<TrunkStatus> statuses() {
        List<TrunkStatus> list = new ArrayList<>();
        for (TrunkConfig t : configs) {
            Active a = active.stream().filter(x -> x.config().id().equals(t.id())).findFirst().orElse(null);
            TrunkRegistration r = a == null ? null : a.registration();
            list.add(new TrunkStatus(t.id(), t.name(), t.mode(), t.enabled(), r != null && r.registered(),
                    r == null ? null : r.registeredUntil(), r == null ? null : r.lastError()));
        }
        return list;
    }

    /** A carrier's answer to one of our REGISTERs. */
    public void onRegisterResponse(Object owner, javax.sip.ResponseEvent event) {
        if (owner instanceof TrunkRegistration r) {
            r.onResponse(event);
        }
    }

    public void onRegisterTimeout(Object owner) {
        if (owner instanceof TrunkRegistration r) {
            r.onTimeout();
        }
    }

    // ---- outgoing --------------------------------------------------------------------------------

    @Override
    public Optional<Trunks.Line> open(String callId, String number, CallerId callerId) {
        Edge e = edge;
        List<Active> trunks = active;
        if (e == null || trunks.isEmpty()) {
            return Optional.empty();
        }
        Active trunk = trunks.getFirst();
        TrunkConfig t = trunk.config();
        RtpEndpoint leg;
        try {
            leg = e.engine().createRtpEndpoint("trunk-out-" + callId);
        } catch (MediaException ex) {
            log.warn("no RTP leg for an outgoing call: {}", ex.getMessage());
            return Optional.empty();
        }
        String lineId = "trunk-out-" + UUID.randomUUID();
        try {
            SipURI requestUri = e.sip().addresses.createSipURI(number, t.host());
            requestUri.setPort(t.port());
            if (!t.transport().equals("udp")) {
                requestUri.setTransportParam(t.transport());
            }
            boolean withheld = t.fixedCallerId() == null && (callerId == null || callerId.equals(CallerId.WITHHELD));
            String fromUser = t.fixedCallerId() != null && !t.fixedCallerId().isBlank() ? t.fixedCallerId()
                    : withheld ? "anonymous" : callerId.number();
            Address from = e.sip().addresses.createAddress(e.sip().addresses.createSipURI(fromUser,
                    withheld ? "anonymous.invalid" : t.host()));
            if (withheld) {
                from.setDisplayName("Anonymous");
            } else if (callerId != null && callerId.name() != null && t.fixedCallerId() == null) {
                from.setDisplayName(callerId.name());
            }
            Address to = e.sip().addresses.createAddress(e.sip().addresses.createSipURI(number, t.host()));
            String contactUser = t.username() != null ? t.username() : fromUser;
            InviteTarget target = new InviteTarget(requestUri, from, to, t.transport(), contactUser, withheld);
            SerialQueue queue = new SerialQueue(e.executor());
            SipCall call = SipCall.outgoing(e.sip(), e.pbx(), lineId, leg, target, trunk.auth(), null, ended -> ended.leg().close());
            PhoneLine line = new PhoneLine(lineId, number, null, leg, LineKind.OUTSIDE);
            log.debug("outgoing call {} to {} through trunk {}", callId, number, t.name());
            return Optional.of(new Trunks.Line(line, view -> queue.execute(() -> call.onView(view))));
        } catch (java.text.ParseException ex) {
            leg.close();
            log.warn("cannot call {} through trunk {}: {}", number, t.name(), ex.getMessage());
            return Optional.empty();
        }
    }

    // ---- incoming --------------------------------------------------------------------------------

    /** An INVITE from a trunk's address: a new outside line for the caller, dialling the called number. */
    public void inbound(TrunkConfig trunk, RequestEvent event, ServerTransaction tx) {
        Edge e = edge;
        Request invite = event.getRequest();
        String dialled = dialledNumber(invite);
        if (e == null) {
            return;
        }
        if (dialled.isEmpty()) {
            e.sip().send(tx, e.sip().response(Response.NOT_FOUND, invite));
            return;
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        String caller = userOf(from.getAddress().getURI());
        String callerNumber = caller == null || caller.isBlank() || caller.equalsIgnoreCase("anonymous") ? CallerId.WITHHELD.number()
                : normalise(caller);
        RtpEndpoint leg;
        try {
            leg = e.engine().createRtpEndpoint("trunk-in");
        } catch (MediaException ex) {
            e.sip().send(tx, e.sip().response(Response.SERVICE_UNAVAILABLE, invite));
            return;
        }
        String lineId = "trunk-in-" + UUID.randomUUID();
        PhoneLine line = new PhoneLine(lineId, callerNumber.isEmpty() ? CallerId.WITHHELD.number() : callerNumber,
                from.getAddress().getDisplayName(), leg, LineKind.OUTSIDE);
        SerialQueue queue = new SerialQueue(e.executor());
        SipCall call = SipCall.incoming(e.sip(), e.pbx(), lineId, leg, ended -> {
            ended.leg().close();
            e.calls().remove(ended);
        });
        e.pbx().registerForOneCall(line, view -> queue.execute(() -> call.onView(view)));
        e.calls().put(invite, call);
        if (!call.answerOffer(event, tx, dialled)) {
            e.pbx().unregister(lineId);
        }
        log.debug("inbound call from {} to {} on trunk {}", callerNumber, dialled, trunk.name());
    }

    /** The called number: the Request-URI's user when it is a number (carriers put the DID there), else To's. */
    static String dialledNumber(Request invite) {
        String fromUri = normalise(userOf(invite.getRequestURI()));
        if (!fromUri.isEmpty()) {
            return fromUri;
        }
        ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
        return to == null ? "" : normalise(userOf(to.getAddress().getURI()));
    }

    private static String userOf(URI uri) {
        if (uri instanceof SipURI s) {
            return s.getUser();
        }
        if (uri != null && uri.getScheme().equalsIgnoreCase("tel")) {
            return ((javax.sip.address.TelURL) uri).getPhoneNumber();
        }
        return null;
    }

    /** Digits with an optional leading +; visual separators (-, ., spaces, brackets) dropped; anything else makes it no number. */
    static String normalise(String user) {
        if (user == null) {
            return "";
        }
        String s = user.replaceAll("[\\s().-]", "");
        return s.matches("\\+?[0-9]{1,20}") ? s : "";
    }
}
