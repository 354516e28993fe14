package dev.tsunagu.sip;

import dev.tsunagu.sip.auth.DigestVerifier;
import dev.tsunagu.sip.call.SipCall;
import dev.tsunagu.sip.guard.SourceGuard;
import dev.tsunagu.sip.registrar.Binding;
import dev.tsunagu.sip.registrar.RegisterHandler;
import dev.tsunagu.sip.trunk.TrunkConfig;
import gov.nist.javax.sip.RequestEventExt;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.SipURI;
import javax.sip.header.AllowHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the stack hands us, sorted: the guard first (blocked and over-rate sources get
 * silence), then REGISTER to the registrar, new INVITEs from trunks or authenticated registered
 * phones, in-dialog requests to their {@link SipCall}, and 405 for the rest. An exception while
 * handling one request answers it 500 and leaves everything else alone.
 */
final class Requests implements SipListener {

    private static final Logger log = LoggerFactory.getLogger(Requests.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, INFO";

    private volatile EdgeContext edge;

    void wire(EdgeContext context) {
        this.edge = context;
    }

    @Override
    public void processRequest(RequestEvent event) {
        EdgeContext e = edge;
        Request request = event.getRequest();
        if (e == null) {
            return;
        }
        String method = request.getMethod();
        String source = sourceOf(event);
        int sourcePort = event instanceof RequestEventExt ext ? ext.getRemotePort() : 0;
        boolean known = e.registrar().isKnownSource(source) || e.trunks().trunkOf(source).isPresent();
        SourceGuard.Verdict verdict = e.guard().admit(source, known);
        if (verdict != SourceGuard.Verdict.ALLOW) {
            log.debug("{} from {} ignored: {}", method, source, verdict);
            return;
        }
        try {
            MaxForwardsHeader mf = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
            if (mf != null && mf.getMaxForwards() == 0 && !method.equals(Request.ACK)) {
                e.sip().reply(request, Response.TOO_MANY_HOPS);
                return;
            }
            switch (method) {
                case Request.REGISTER -> e.registers().handle(request, source, sourcePort);
                case Request.INVITE -> invite(e, event, source);
                case Request.ACK -> {
                    if (dialogCall(event) instanceof SipCall call) {
                        call.onAck(request);
                    }
                }
                case Request.BYE -> {
                    if (dialogCall(event) instanceof SipCall call) {
                        call.onBye(event, transaction(e, event));
                    } else {
                        e.sip().reply(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
                    }
                }
                case Request.CANCEL -> {
                    SipCall call = e.calls().find(request);
                    if (call != null) {
                        call.onCancel(event, transaction(e, event));
                    } else {
                        e.sip().reply(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
                    }
                }
                case Request.OPTIONS -> {
                    Response ok = e.sip().response(Response.OK, request);
                    ok.setHeader(allow(e));
                    e.sip().send(null, ok);
                }
                case Request.INFO -> e.sip().send(transaction(e, event), e.sip().response(
                        dialogCall(event) != null ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
                default -> {
                    Response no = e.sip().response(Response.METHOD_NOT_ALLOWED, request);
                    no.setHeader(allow(e));
                    e.sip().send(null, no);
                }
            }
        } catch (RuntimeException ex) {
            log.warn("{} from {} failed", method, source, ex);
            if (!method.equals(Request.ACK)) {
                e.sip().reply(request, Response.SERVER_INTERNAL_ERROR);
            }
        }
    }

    private void invite(EdgeContext e, RequestEvent event, String source) {
        Request request = event.getRequest();
        if (dialogCall(event) instanceof SipCall call && ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            call.onReInvite(event, transaction(e, event));
            return;
        }
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            // A re-INVITE for a dialog we do not have.
            e.sip().reply(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        if (!(request.getRequestURI() instanceof SipURI uri) || uri.getUser() == null || uri.getUser().isBlank()) {
            e.sip().reply(request, Response.NOT_FOUND);
            return;
        }
        Optional<TrunkConfig> trunk = e.trunks().trunkOf(source);
        if (trunk.isPresent()) {
            ServerTransaction tx = transaction(e, event);
            if (tx != null) {
                trying(e, tx, request);
                e.trunks().inbound(trunk.get(), event, tx);
            }
            return;
        }
        List<ProxyAuthorizationHeader> auth = RegisterHandler.headers(request, ProxyAuthorizationHeader.NAME);
        switch (e.verifier().verify(Request.INVITE, auth, source)) {
            case DigestVerifier.Outcome.Missing m ->
                    e.sip().send(null, e.challenges().challenge(request, Response.PROXY_AUTHENTICATION_REQUIRED, source, false));
            case DigestVerifier.Outcome.Stale s ->
                    e.sip().send(null, e.challenges().challenge(request, Response.PROXY_AUTHENTICATION_REQUIRED, source, true));
            case DigestVerifier.Outcome.Failed f -> {
                log.info("INVITE from {} refused: user {} ({})", source, f.username(), f.why());
                e.guard().failed(source);
                e.sip().reply(request, Response.FORBIDDEN);
            }
            case DigestVerifier.Outcome.Authentic a -> {
                List<Binding> bindings = e.registrar().bindings(a.credential().username());
                if (bindings.isEmpty()) {
                    // Calls come only from registered phones: a login alone does not make a line.
                    e.sip().reply(request, Response.FORBIDDEN);
                    return;
                }
                // The binding the INVITE names in its Contact (a phone with several lines), else one from its address.
                String contact = request.getHeader(javax.sip.header.ContactHeader.NAME) instanceof javax.sip.header.ContactHeader c
                        ? c.getAddress().getURI().toString() : "";
                Binding binding = bindings.stream().filter(b -> b.contact().equals(contact)).findFirst()
                        .or(() -> bindings.stream().filter(b -> b.sourceAddress().equals(source)).findFirst())
                        .orElse(bindings.getFirst());
                ServerTransaction tx = transaction(e, event);
                if (tx != null) {
                    trying(e, tx, request);
                    e.phones().dial(binding, event, tx, dialled(uri.getUser()));
                }
            }
        }
    }

    /** The dialled digits: the user part unescaped ({@code %23} is {@code #}). */
    static String dialled(String user) {
        try {
            return URLDecoder.decode(user.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return user;
        }
    }

    private static void trying(EdgeContext e, ServerTransaction tx, Request request) {
        e.sip().send(tx, e.sip().response(Response.TRYING, request));
    }

    private static ServerTransaction transaction(EdgeContext e, RequestEvent event) {
        ServerTransaction tx = event.getServerTransaction();
        if (tx != null) {
            return tx;
        }
        try {
            return e.sip().provider().getNewServerTransaction(event.getRequest());
        } catch (javax.sip.TransactionAlreadyExistsException retransmission) {
            return null;
        } catch (javax.sip.SipException ex) {
            log.debug("no server transaction: {}", ex.getMessage());
            return null;
        }
    }

    private static Object dialogCall(RequestEvent event) {
        Dialog d = event.getDialog();
        return d == null ? null : d.getApplicationData();
    }

    private static AllowHeader allow(EdgeContext e) {
        try {
            return e.sip().headers.createAllowHeader(ALLOW);
        } catch (java.text.ParseException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String sourceOf(RequestEvent event) {
        if (event instanceof RequestEventExt ext && ext.getRemoteIpAddress() != null) {
            return ext.getRemoteIpAddress();
        }
        ViaHeader via = (ViaHeader) event.getRequest().getHeader(ViaHeader.NAME);
        return via.getReceived() != null ? via.getReceived() : via.getHost();
    }

    @Override
    public void processResponse(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        Object owner = ct != null ? ct.getApplicationData() : null;
        if (owner == null && event.getDialog() != null) {
            owner = event.getDialog().getApplicationData();
        }
        String method = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getMethod();
        try {
            if (owner instanceof SipCall call) {
                if (method.equals(Request.INVITE)) {
                    call.onResponse(event);
                } else if (event.getResponse().getStatusCode() >= 200) {
                    call.onEndingResponse();
                }
            } else if (owner != null && method.equals(Request.REGISTER)) {
                edge.trunks().onRegisterResponse(owner, event);
            }
        } catch (RuntimeException ex) {
            log.warn("response {} to {} failed", event.getResponse().getStatusCode(), method, ex);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        Object owner = event.getClientTransaction().getApplicationData();
        if (owner instanceof SipCall call) {
            if (event.getClientTransaction().getRequest().getMethod().equals(Request.INVITE)) {
                call.onTimeout();
            } else {
                call.onEndingResponse();
            }
        } else if (owner != null) {
            edge.trunks().onRegisterTimeout(owner);
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("I/O problem with {}:{} ({})", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
