package dev.tsunagu.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.sdp.Fingerprint;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.Test;

class DtlsSessionTest {

    private static final int AES_CM_80 = 0x0001;
    private static final int AEAD_GCM = 0x0007;

    private final DtlsCertificate serverCert = DtlsCertificate.generate();
    private final DtlsCertificate clientCert = DtlsCertificate.generate();

    /** Wires a session to a test client through two queues, as the UDP socket would. */
    private final class Wire implements DtlsSession.Listener {
        final CompletableFuture<SrtpKeyingMaterial> keys = new CompletableFuture<>();
        final QueuedDatagramTransport clientSide;
        final DtlsSession session;

        Wire(Fingerprint expectedClient, int[] serverProfiles) {
            DtlsSession[] holder = new DtlsSession[1];
            clientSide = new QueuedDatagramTransport((buf, off, len) -> holder[0].receive(buf, off, len));
            session = DtlsSession.start(serverCert, expectedClient, serverProfiles, Duration.ofSeconds(10),
                    (buf, off, len) -> {
                        byte[] copy = new byte[len];
                        System.arraycopy(buf, off, copy, 0, len);
                        clientSide.offer(copy);
                    }, this, "test");
            holder[0] = session;
        }

        @Override
        public void onKeys(SrtpKeyingMaterial material) {
            keys.complete(material);
        }

        @Override
        public void onFailure(MediaException failure) {
            keys.completeExceptionally(failure);
        }

        @Override
        public void onClosed() {
        }
    }

    @Test
    void browserAndEngineDeriveTheSameSrtpKeys() throws Exception {
        Wire wire = new Wire(clientCert.fingerprint(), new int[] {AES_CM_80, AEAD_GCM});
        var client = new TestDtlsClient(new BcTlsCrypto(new SecureRandom()), clientCert, new int[] {AEAD_GCM, AES_CM_80});
        new DTLSClientProtocol().connect(client, wire.clientSide);

        SrtpKeyingMaterial keys = wire.keys.get(10, TimeUnit.SECONDS);
        assertThat(keys.profileId()).as("our preference wins").isEqualTo(AES_CM_80);
        assertThat(keys.material()).hasSize(60).isEqualTo(client.exported);
        assertThat(CertificateFingerprint.matches(serverCert.fingerprint(), client.serverCertificateDer)).isTrue();
        wire.session.close();
    }

    @Test
    void aPeerWhoseCertificateDoesNotMatchItsSdpFingerprintIsRefused() {
        DtlsCertificate other = DtlsCertificate.generate();
        Wire wire = new Wire(other.fingerprint(), new int[] {AES_CM_80});
        var client = new TestDtlsClient(new BcTlsCrypto(new SecureRandom()), clientCert, new int[] {AES_CM_80});
        CompletableFuture.runAsync(() -> {
            try {
                new DTLSClientProtocol().connect(client, wire.clientSide);
            } catch (IOException expected) {
                // the server's alert ends the client's handshake
            }
        });
        assertThat(wire.keys).failsWithin(Duration.ofSeconds(10))
                .withThrowableThat().havingRootCause().isNotNull();
        assertThat(wire.keys.exceptionNow()).isInstanceOf(MediaException.class)
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.HANDSHAKE_FAILED);
    }

    @Test
    void aPeerOfferingNoCommonSrtpProfileIsRefused() {
        Wire wire = new Wire(clientCert.fingerprint(), new int[] {AES_CM_80});
        var client = new TestDtlsClient(new BcTlsCrypto(new SecureRandom()), clientCert, new int[] {0x0002});
        CompletableFuture.runAsync(() -> {
            try {
                new DTLSClientProtocol().connect(client, wire.clientSide);
            } catch (IOException expected) {
                // refused
            }
        });
        assertThat(wire.keys).failsWithin(Duration.ofSeconds(10));
    }

    @Test
    void certificatesMatchOnlyTheirOwnFingerprint() {
        Fingerprint lowerCase = new Fingerprint("SHA-256", serverCert.fingerprint().hex().toLowerCase());
        assertThat(lowerCase).isEqualTo(serverCert.fingerprint());
        assertThat(CertificateFingerprint.matches(lowerCase, serverCert.der())).isTrue();
        assertThat(CertificateFingerprint.matches(lowerCase, clientCert.der())).isFalse();
        assertThat(CertificateFingerprint.matches(new Fingerprint("md5", "AB:CD"), serverCert.der())).isFalse();
    }
}
