package dev.tsunagu.server.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMSC on a loopback port, made with jsmpp's server API: accepts (or refuses) binds, answers
 * submit_sm with increasing ids and, a moment later, sends the delivery receipt that
 * {@code outcome} chooses for the destination (null: no receipt). It can also drop the
 * connection, to see the client bind again.
 */
final class TestSmsc implements AutoCloseable {

    final int port;
    final List<SubmitSm> submitted = new CopyOnWriteArrayList<>();
    final AtomicInteger binds = new AtomicInteger();
    final AtomicInteger enquireLinks = new AtomicInteger();
    volatile boolean refuseBinds;
    volatile Function<String, DeliveryReceiptState> outcome = destination -> DeliveryReceiptState.DELIVRD;
    /** A command status to answer submit_sm with instead of accepting it (0: accept). */
    volatile int refuseSubmits;

    private final SMPPServerSessionListener listener;
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final Thread acceptor;

    TestSmsc() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(new Receiver());
        acceptor = Thread.ofPlatform().daemon().name("test-smsc").start(this::acceptLoop);
    }

    /** Closes every client connection without unbinding, as a network failure would. */
    void dropConnections() {
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    @Override
    public void close() throws IOException {
        receipts.shutdownNow();
        dropConnections();
        listener.close();
        acceptor.interrupt();
    }

    private void acceptLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                SMPPServerSession session = listener.accept();
                Thread.ofPlatform().daemon().start(() -> bind(session));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            if (refuseBinds) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
                return;
            }
            request.accept("test-smsc");
            sessions.add(session);
            binds.incrementAndGet();
        } catch (Exception e) {
            session.close();
        }
    }

    private void sendReceipt(SMPPServerSession session, SubmitSm submit, String id) {
        DeliveryReceiptState state = outcome.apply(submit.getDestAddress());
        if (state == null) {
            return;
        }
        DeliveryReceipt receipt = new DeliveryReceipt(id, 1, state == DeliveryReceiptState.DELIVRD ? 1 : 0, new Date(), new Date(),
                state, state == DeliveryReceiptState.DELIVRD ? "000" : "001", "");
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, submit.getDestAddress(),
                    TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, submit.getSourceAddr(),
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, receipt.toString().getBytes());
        } catch (Exception e) {
            System.err.println("test SMSC could not send a receipt: " + e);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            if (refuseSubmits != 0) {
                throw new ProcessRequestException("refused", refuseSubmits);
            }
            submitted.add(submitSm);
            String id = String.valueOf(ids.incrementAndGet());
            receipts.schedule(() -> sendReceipt(source, submitSm, id), 50, TimeUnit.MILLISECONDS);
            try {
                return new SubmitSmResult(new MessageId(id), null);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
