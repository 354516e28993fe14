package dev.tsunagu.media.dtls;

import dev.tsunagu.media.sdp.Fingerprint;
import dev.tsunagu.media.MediaException;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint's DTLS association. BouncyCastle's DTLS API blocks, so each session runs on its
 * own virtual thread: the handshake, then a read loop that keeps answering the peer (handshake
 * retransmissions, alerts) until either side closes. Failure ends only this session.
 */
public final class DtlsSession {

    /** What the endpoint learns from the session; called on the session's thread. */
    public interface Listener {
        void onKeys(SrtpKeyingMaterial keys);

        void onFailure(MediaException failure);

        void onClosed();
    }

    private static final Logger log = LoggerFactory.getLogger(DtlsSession.class);
    private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());
    private static final int READ_WAIT_MILLIS = 1_000;

    private final QueuedDatagramTransport transport;
    private final SrtpDtlsServer server;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closing;
    private volatile DTLSTransport established;

    private DtlsSession(DtlsCertificate certificate, Fingerprint remote, int[] profiles, Duration timeout,
                        DatagramSink sender, Listener listener, String name) {
        this.transport = new QueuedDatagramTransport(sender);
        this.server = new SrtpDtlsServer(CRYPTO, certificate, remote, profiles, Math.toIntExact(timeout.toMillis()));
        this.listener = listener;
        this.thread = Thread.ofVirtual().name("dtls-" + name).unstarted(this::run);
    }

    /**
     * Starts a server-side handshake with the peer whose certificate has {@code remote} as
     * fingerprint, offering {@code profiles} (IANA SRTP profile ids, best first).
     */
    public static DtlsSession start(DtlsCertificate certificate, Fingerprint remote, int[] profiles, Duration timeout,
                                    DatagramSink sender, Listener listener, String name) {
        DtlsSession session = new DtlsSession(certificate, remote, profiles, timeout, sender, listener, name);
        session.thread.start();
        return session;
    }

    /** Hands one received DTLS datagram to the session; false when it was dropped (queue full or closed). */
    public boolean receive(byte[] datagram, int off, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(datagram, off, copy, 0, len);
        return transport.offer(copy);
    }

    public void close() {
        closing = true;
        DTLSTransport dtls = established;
        if (dtls != null) {
            try {
                dtls.close();
            } catch (IOException e) {
                log.debug("close_notify not sent: {}", e.toString());
            }
        }
        transport.close();
        thread.interrupt();
    }

    private void run() {
        DTLSTransport dtls;
        try {
            DTLSServerProtocol protocol = new DTLSServerProtocol();
            // ICE connectivity checks already proved the peer's address; a cookie exchange adds only a round trip.
            protocol.setVerifyRequests(false);
            dtls = protocol.accept(server, transport);
            established = dtls;
            listener.onKeys(server.keyingMaterial());
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                listener.onFailure(new MediaException(MediaException.Reason.HANDSHAKE_FAILED, "DTLS handshake failed: " + e.getMessage(), e));
            }
            transport.close();
            return;
        }
        readUntilClosed(dtls);
    }

    private void readUntilClosed(DTLSTransport dtls) {
        try {
            byte[] buf = new byte[dtls.getReceiveLimit()];
            while (!closing) {
                // Application data is not used (no data channels); reading drives retransmissions and alerts.
                dtls.receive(buf, 0, buf.length, READ_WAIT_MILLIS);
            }
        } catch (TlsFatalAlertReceived e) {
            log.debug("peer sent alert: {}", e.getAlertDescription());
        } catch (IOException e) {
            if (!closing) {
                log.debug("DTLS read ended: {}", e.toString());
            }
        } finally {
            transport.close();
            listener.onClosed();
        }
    }
}
