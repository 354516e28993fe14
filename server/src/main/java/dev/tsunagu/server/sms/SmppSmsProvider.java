package dev.tsunagu.server.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC over SMPP 3.4 (jsmpp). One bound session, kept alive by enquire_link and bound again
 * after {@code rebind-delay} whenever it drops or a bind fails. Every part asks for a delivery
 * receipt (registered_delivery 1), which arrives as deliver_sm on a transceiver bind. Text goes
 * as UCS-2 in concatenated parts ({@link Ucs2Segments}). A send while unbound waits for the
 * session at most {@code response-timeout}, then fails: the message is not held back for later.
 */
final class SmppSmsProvider implements SmsProvider, AutoCloseable {

    static final String NAME = "smpp";

    private static final Logger log = LoggerFactory.getLogger(SmppSmsProvider.class);
    private static final DeliveryReports NO_REPORTS = (p, id, r) -> { };

    private final SmsProperties.Smpp settings;
    private final DeliveryReports reports;
    private final BindType bindType;
    private final ScheduledExecutorService binder;
    private final Object bound = new Object();
    private SMPPSession session;
    private String problem = "not bound yet";
    private boolean closed;

    SmppSmsProvider(SmsProperties.Smpp settings, DeliveryReports reports) {
        this.settings = settings;
        this.reports = reports == null ? NO_REPORTS : reports;
        this.bindType = switch (settings.bindType()) {
            case "transceiver" -> BindType.BIND_TRX;
            case "transmitter" -> BindType.BIND_TX;
            default -> throw new IllegalArgumentException("tsunagu.sms.smpp.bind-type must be transceiver or transmitter");
        };
        this.binder = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("smpp-bind").daemon().factory());
    }

    /** Starts binding in the background; sends wait for it. */
    SmppSmsProvider start() {
        binder.execute(this::bind);
        return this;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Whether a session is bound now (for tests and health). */
    boolean isBound() {
        synchronized (bound) {
            return session != null;
        }
    }

    /** Why there is no bound session, or null when there is one. */
    String problem() {
        synchronized (bound) {
            return session == null ? problem : null;
        }
    }

    @Override
    public SendResult send(OutgoingSms sms) {
        List<byte[]> parts = Ucs2Segments.split(sms.body(), ThreadLocalRandom.current().nextInt(256), settings.maxParts());
        if (parts.isEmpty()) {
            return new SendResult.Refused("too long for " + settings.maxParts() + " SMS parts");
        }
        SMPPSession current = awaitSession();
        if (current == null) {
            return new SendResult.Refused("SMSC not connected: " + problem());
        }
        List<String> ids = new ArrayList<>(parts.size());
        try {
            for (byte[] part : parts) {
                ids.add(current.submitShortMessage("", sourceTon(sms.from()), sourceNpi(sms.from()), sms.from(),
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.toE164().substring(1),
                        new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                                parts.size() > 1 ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT),
                        (byte) 0, (byte) 0, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                        (byte) 0, new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part).getMessageId());
            }
        } catch (NegativeResponseException e) {
            return new SendResult.Refused("SMSC refused the message: command status " + hex(e.getCommandStatus()) + partsSent(ids));
        } catch (ResponseTimeoutException e) {
            return new SendResult.Refused("SMSC did not answer in time" + partsSent(ids));
        } catch (PDUException | InvalidResponseException | IOException e) {
            return new SendResult.Refused("SMSC connection failed: " + e.getMessage() + partsSent(ids));
        }
        return new SendResult.Accepted(ids);
    }

    @Override
    public void close() {
        SMPPSession current;
        synchronized (bound) {
            closed = true;
            current = session;
            session = null;
            bound.notifyAll();
        }
        binder.shutdownNow();
        if (current != null) {
            current.unbindAndClose();
        }
    }

    private void bind() {
        synchronized (bound) {
            if (closed || session != null) {
                return;
            }
        }
        SMPPSession fresh = new SMPPSession();
        fresh.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setMessageReceiverListener(new SmppReceiptListener(NAME, reports));
        fresh.addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                dropped(fresh);
            }
        });
        try {
            fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(bindType, settings.systemId(),
                    settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    settings.responseTimeout().toMillis());
        } catch (IOException e) {
            String why = e.getCause() instanceof NegativeResponseException refused
                    ? "bind refused (command status " + hex(refused.getCommandStatus()) + ")"
                    : "cannot bind to " + settings.host() + ":" + settings.port() + " (" + e.getMessage() + ")";
            log.warn("SMPP: {}; trying again in {}", why, settings.rebindDelay());
            fresh.close();
            synchronized (bound) {
                problem = why;
            }
            retryLater();
            return;
        }
        synchronized (bound) {
            if (closed) {
                fresh.unbindAndClose();
                return;
            }
            session = fresh;
            problem = null;
            bound.notifyAll();
        }
        log.info("SMPP: bound to {}:{} as {}", settings.host(), settings.port(), bindType);
    }

    private void dropped(SMPPSession which) {
        synchronized (bound) {
            if (session != which) {
                return;
            }
            session = null;
            problem = "connection lost, binding again";
        }
        log.warn("SMPP: connection to {}:{} lost; binding again in {}", settings.host(), settings.port(), settings.rebindDelay());
        retryLater();
    }

    private void retryLater() {
        synchronized (bound) {
            if (closed) {
                return;
            }
        }
        binder.schedule(this::bind, settings.rebindDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private SMPPSession awaitSession() {
        long deadline = System.nanoTime() + settings.responseTimeout().toNanos();
        synchronized (bound) {
            while (session == null && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(bound, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return session;
        }
    }

    /** An alphanumeric sender name ("Tsunagu") or a number. */
    private static TypeOfNumber sourceTon(String from) {
        return from.chars().allMatch(Character::isDigit) ? TypeOfNumber.NATIONAL : TypeOfNumber.ALPHANUMERIC;
    }

    private static NumberingPlanIndicator sourceNpi(String from) {
        return from.chars().allMatch(Character::isDigit) ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN;
    }

    private static String partsSent(List<String> ids) {
        return ids.isEmpty() ? "" : " after " + ids.size() + " part(s)";
    }

    private static String hex(int status) {
        return String.format("0x%08X", status);
    }

    /** Receipts from the SMSC become delivery reports; other deliver_sm (a reply from a phone) are ignored. */
    private record SmppReceiptListener(String provider, DeliveryReports reports) implements org.jsmpp.session.MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                log.debug("SMPP: ignoring a deliver_sm that is not a receipt");
                return;
            }
            SmppReceipts.read(deliverSm).ifPresentOrElse(
                    receipt -> receipt.report().ifPresent(report -> reports.report(provider, receipt.messageId(), report)),
                    () -> log.warn("SMPP: unreadable delivery receipt ignored"));
        }

        @Override
        public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alertNotification) {
        }

        @Override
        public org.jsmpp.session.DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, org.jsmpp.session.Session source) {
            return null;
        }
    }
}
