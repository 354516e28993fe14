package dev.tsunagu.sip.phone;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.sip.call.CallIds;
import dev.tsunagu.sip.call.IdleLegs;
import dev.tsunagu.sip.call.InviteTarget;
import dev.tsunagu.sip.call.SerialQueue;
import dev.tsunagu.sip.call.SipCall;
import dev.tsunagu.sip.registrar.Binding;
import dev.tsunagu.sip.registrar.BindingListener;
import dev.tsunagu.sip.stack.Signalling;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.PartyState;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered SIP phones as PBX lines: each binding is one line of its extension. Between calls
 * the line holds an idle leg; each call gets a fresh RTP leg (put in place with
 * {@link Pbx#rebind}) and gives it back when it ends, so an idle phone costs no port and the
 * reaper has nothing to reap. A phone takes one call at a time per binding.
 */
public final class PhoneLines implements BindingListener {

    private static final Logger log = LoggerFactory.getLogger(PhoneLines.class);

    /** A binding's line: its queue of views and the SIP call it is on. */
    private final class Line {
        volatile Binding binding;
        final SerialQueue queue;
        SipCall current;

        Line(Binding binding) {
            this.binding = binding;
            this.queue = new SerialQueue(executor);
        }
    }

    private final Signalling sip;
    private final MediaEngine engine;
    private final Pbx pbx;
    private final Executor executor;
    private final CallIds calls;
    private final Map<String, Line> lines = new ConcurrentHashMap<>();

    public PhoneLines(Signalling sip, MediaEngine engine, Pbx pbx, Executor executor, CallIds calls) {
        this.sip = sip;
        this.engine = engine;
        this.pbx = pbx;
        this.executor = executor;
        this.calls = calls;
    }

    @Override
    public void added(Binding binding) {
        Line line = new Line(binding);
        lines.put(binding.lineId(), line);
        pbx.register(idle(binding), view -> line.queue.execute(() -> onView(line, view)));
        log.info("SIP phone {} registered on {} from {}:{}", binding.username(), binding.extension(), binding.sourceAddress(),
                binding.sourcePort());
    }

    /** A refresh may come from a new address (the phone's NAT moved). */
    public void refreshed(Binding binding) {
        Line line = lines.get(binding.lineId());
        if (line != null) {
            line.binding = binding;
        }
    }

    @Override
    public void removed(Binding binding) {
        Line line = lines.remove(binding.lineId());
        pbx.unregister(binding.lineId());
        if (line != null) {
            line.queue.execute(() -> {
                if (line.current != null) {
                    line.current.abandon();
                }
            });
        }
        log.info("SIP phone {} unregistered from {}", binding.username(), binding.extension());
    }

    /** The binding's line, for INVITEs from that phone. */
    public Optional<Binding> binding(String lineId) {
        Line line = lines.get(lineId);
        return line == null ? Optional.empty() : Optional.of(line.binding);
    }

    /** The phone dials: its INVITE (already authenticated) becomes a PBX dial of its line. */
    public void dial(Binding binding, RequestEvent event, ServerTransaction tx, String number) {
        Line line = lines.get(binding.lineId());
        if (line == null) {
            sip.send(tx, sip.response(Response.FORBIDDEN, event.getRequest()));
            return;
        }
        RtpEndpoint leg;
        SipCall call;
        synchronized (line) {
            if (line.current != null || pbx.isOnCall(binding.lineId())) {
                // One call per binding: a second INVITE from the same phone while on a call is busy.
                sip.send(tx, sip.response(Response.BUSY_HERE, event.getRequest()));
                return;
            }
            try {
                leg = engine.createRtpEndpoint(binding.lineId());
            } catch (MediaException e) {
                sip.send(tx, sip.response(Response.SERVICE_UNAVAILABLE, event.getRequest()));
                return;
            }
            call = SipCall.incoming(sip, pbx, binding.lineId(), leg, ended -> release(line, ended));
            line.current = call;
            pbx.rebind(withLeg(binding, leg));
            calls.put(event.getRequest(), call);
        }
        // Outside the line's lock: the call's lock is always taken first (its release takes the line's).
        call.answerOffer(event, tx, number);
    }

    private void onView(Line line, CallView view) {
        SipCall call;
        synchronized (line) {
            call = line.current;
            if (call == null) {
                if (view.state() != PartyState.RINGING) {
                    return;
                }
                Binding b = line.binding;
                RtpEndpoint leg;
                try {
                    leg = engine.createRtpEndpoint(b.lineId());
                } catch (MediaException e) {
                    log.warn("{}: no RTP leg for a call: {}", b.lineId(), e.getMessage());
                    pbx.hangup(b.lineId(), view.callId());
                    return;
                }
                InviteTarget target;
                try {
                    target = target(b, view);
                } catch (ParseException e) {
                    leg.close();
                    log.warn("{}: contact {} does not parse", b.lineId(), b.contact());
                    pbx.hangup(b.lineId(), view.callId());
                    return;
                }
                SipCall[] self = new SipCall[1];
                call = SipCall.outgoing(sip, pbx, b.lineId(), leg, target, null, () -> unreachable(line, self[0]),
                        ended -> release(line, ended));
                self[0] = call;
                line.current = call;
                pbx.rebind(withLeg(b, leg));
            }
        }
        call.onView(view);
    }

    /**
     * The phone did not answer the INVITE at all (or failed it): only this line stops ringing, so
     * the extension's other phones ring on. The line is put back at once.
     */
    private void unreachable(Line line, SipCall call) {
        Binding b = line.binding;
        executor.execute(() -> {
            release(line, call);
            pbx.unregister(b.lineId());
            if (lines.get(b.lineId()) == line) {
                pbx.register(idle(b), view -> line.queue.execute(() -> onView(line, view)));
            }
        });
    }

    private void release(Line line, SipCall call) {
        call.leg().close();
        synchronized (line) {
            if (line.current == call) {
                line.current = null;
            }
        }
        calls.remove(call);
        if (lines.get(line.binding.lineId()) == line) {
            pbx.rebind(idle(line.binding));
        }
    }

    private InviteTarget target(Binding b, CallView view) throws ParseException {
        URI contact = sip.addresses.createURI(b.contact());
        if (!(contact instanceof SipURI uri)) {
            throw new ParseException("not a SIP contact: " + b.contact(), 0);
        }
        SipURI fromUri = sip.addresses.createSipURI(view.remoteNumber() == null ? "anonymous" : view.remoteNumber(), sip.host());
        Address from = sip.addresses.createAddress(fromUri);
        if (view.remoteName() != null && !view.remoteName().isBlank()) {
            from.setDisplayName(view.remoteName());
        }
        Address to = sip.addresses.createAddress(sip.addresses.createSipURI(b.username(), sip.host()));
        String transport = uri.getTransportParam() != null ? uri.getTransportParam() : b.transport();
        return new InviteTarget(uri, from, to, transport, b.username(), false);
    }

    private static PhoneLine idle(Binding b) {
        return new PhoneLine(b.lineId(), b.extension(), b.displayName(), IdleLegs.of(b.lineId()));
    }

    private static PhoneLine withLeg(Binding b, RtpEndpoint leg) {
        return new PhoneLine(b.lineId(), b.extension(), b.displayName(), leg);
    }

    /** Ends every phone call (the edge stops). */
    public void closeAll() {
        lines.values().forEach(line -> line.queue.execute(() -> {
            if (line.current != null) {
                line.current.abandon();
            }
        }));
        lines.keySet().forEach(pbx::unregister);
        lines.clear();
    }
}
