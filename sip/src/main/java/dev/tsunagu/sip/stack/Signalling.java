package dev.tsunagu.sip.stack;

import dev.tsunagu.sip.SipEdgeConfig;
import dev.tsunagu.sip.SipException;
import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.text.ParseException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jain-sip stack of the edge: one UDP listening point (and TCP on the same port when asked),
 * one provider, the message factories, and small helpers to answer requests. Each edge has its
 * own stack instance (not the factory's singleton), so tests can run several.
 */
public final class Signalling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Signalling.class);
    private static final AtomicInteger STACKS = new AtomicInteger();

    static {
        // The stack logs through SLF4J instead of looking for log4j 1.
        CommonLogger.useLegacyLogger = true;
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    private final SipStackImpl stack;
    private final SipProvider provider;
    private final int port;
    private final boolean tcp;
    private final String host;
    public final HeaderFactory headers = new HeaderFactoryImpl();
    public final MessageFactory messages = new MessageFactoryImpl();
    public final AddressFactory addresses = new AddressFactoryImpl();
    private final UserAgentHeader userAgent;

    public Signalling(SipEdgeConfig config, SipListener listener) throws SipException {
        this.host = config.advertisedHost();
        this.tcp = config.tcp();
        int chosen = config.port() == 0 ? freePort(config.bindAddress(), config.tcp()) : config.port();
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "tsunagu-sip-" + STACKS.incrementAndGet());
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", QuietServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        // A message larger than this is refused by the parser rather than buffered.
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "20000");
        p.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        // A TCP peer that opens a connection and sends nothing is dropped instead of holding a thread.
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000");
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", "2000");
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", "gov.nist.javax.sip.stack.NioMessageProcessorFactory");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "false");
        try {
            stack = new SipStackImpl(p);
            ListeningPoint udp = stack.createListeningPoint(config.bindAddress(), chosen, ListeningPoint.UDP);
            provider = stack.createSipProvider(udp);
            if (config.tcp()) {
                provider.addListeningPoint(stack.createListeningPoint(config.bindAddress(), chosen, ListeningPoint.TCP));
            }
            provider.addSipListener(listener);
            stack.start();
            this.port = chosen;
            this.userAgent = headers.createUserAgentHeader(List.of(config.userAgent()));
        } catch (Exception e) {
            throw new SipException(SipException.Reason.STACK_FAILED, "SIP stack on " + config.bindAddress() + ":" + chosen + ": " + e.getMessage(), e);
        }
        log.info("SIP edge listening on {}:{} (UDP{})", config.bindAddress(), port, tcp ? ", TCP" : "");
    }

    public SipProvider provider() {
        return provider;
    }

    public SipStackExt stack() {
        return stack;
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    public boolean hasTcp() {
        return tcp;
    }

    public UserAgentHeader userAgent() {
        return userAgent;
    }

    /** Our Contact for requests and responses, with {@code user} and the transport the peer uses. */
    public ContactHeader contact(String user, String transport) {
        try {
            SipURI uri = addresses.createSipURI(user, host);
            uri.setPort(port);
            if (transport != null && !transport.equalsIgnoreCase("udp")) {
                uri.setTransportParam(transport.toLowerCase(java.util.Locale.ROOT));
            }
            Address address = addresses.createAddress(uri);
            return headers.createContactHeader(address);
        } catch (ParseException e) {
            throw new IllegalStateException("our own contact does not parse", e);
        }
    }

    /** A response to {@code request} with our User-Agent; the caller adds what else it needs. */
    public Response response(int status, Request request) {
        try {
            Response response = messages.createResponse(status, request);
            response.setHeader(userAgent);
            return response;
        } catch (ParseException e) {
            throw new IllegalStateException("cannot answer " + status, e);
        }
    }

    /** Sends a response in its transaction, or statelessly when there is none (errors only). */
    public void send(ServerTransaction transaction, Response response) {
        try {
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                provider.sendResponse(response);
            }
        } catch (javax.sip.SipException | InvalidArgumentException e) {
            log.debug("could not send {} {}", response.getStatusCode(), e.getMessage());
        }
    }

    /** Answers statelessly (challenges, refusals): no transaction state is kept for strangers. */
    public void reply(Request request, int status) {
        send(null, response(status, request));
    }

    @Override
    public void close() {
        try {
            stack.stop();
        } catch (RuntimeException e) {
            log.debug("stopping the SIP stack", e);
        }
    }

    /** A port free for UDP and, when asked, TCP too (the test default). */
    private static int freePort(String address, boolean tcp) throws SipException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0))) {
                int candidate = udp.getLocalPort();
                if (!tcp) {
                    return candidate;
                }
                try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getByName(address))) {
                    return candidate;
                } catch (IOException taken) {
                    // try another
                }
            } catch (IOException e) {
                throw new SipException(SipException.Reason.STACK_FAILED, "no free port on " + address, e);
            }
        }
        throw new SipException(SipException.Reason.STACK_FAILED, "no port free for both UDP and TCP on " + address);
    }
}
