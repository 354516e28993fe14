package dev.tsunagu.media.dtls;

import dev.tsunagu.media.sdp.Fingerprint;
import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** For tests outside this package: a browser-like DTLS-SRTP client with its own certificate. */
public final class DtlsTestPeer {

    private final DtlsCertificate certificate = DtlsCertificate.generate();

    public Fingerprint fingerprint() {
        return certificate.fingerprint();
    }

    /** Runs the client handshake over {@code transport}; returns the 60 bytes of AES_CM_128_HMAC_SHA1_80 keying material. */
    public SrtpKeyingMaterial connect(DatagramTransport transport) throws IOException {
        var client = new TestDtlsClient(new BcTlsCrypto(new SecureRandom()), certificate, new int[] {0x0001});
        new DTLSClientProtocol().connect(client, transport);
        return new SrtpKeyingMaterial(0x0001, client.exported);
    }
}
