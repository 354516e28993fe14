package dev.tsunagu.media.dtls;

import dev.tsunagu.media.sdp.Fingerprint;
import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Our side of a WebRTC DTLS handshake (RFC 5763/5764): DTLS 1.2 server, ECDSA certificate,
 * {@code use_srtp} with the first profile of ours the browser offers, and a required client
 * certificate whose fingerprint must equal the one the browser put in its SDP.
 */
final class SrtpDtlsServer extends DefaultTlsServer {

    private final DtlsCertificate certificate;
    private final Fingerprint expectedPeer;
    private final int[] profilesByPreference;
    private final int handshakeTimeoutMillis;
    private int chosenProfile = -1;
    private boolean peerVerified;
    private SrtpKeyingMaterial keys;

    SrtpDtlsServer(BcTlsCrypto crypto, DtlsCertificate certificate, Fingerprint expectedPeer, int[] profilesByPreference,
                   int handshakeTimeoutMillis) {
        super(crypto);
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
        this.certificate = certificate;
        this.expectedPeer = expectedPeer;
        this.profilesByPreference = profilesByPreference.clone();
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    /** Our certificate is ECDSA, so only ECDHE_ECDSA suites can be chosen; AEAD first, as browsers prefer. */
    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), new int[] {
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        });
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
        TlsCertificate tlsCert = crypto.createCertificate(certificate.der());
        Certificate chain = new Certificate(new TlsCertificate[] {tlsCert});
        SignatureAndHashAlgorithm algorithm = SignatureAndHashAlgorithm.getInstance(
                org.bouncycastle.tls.HashAlgorithm.sha256, org.bouncycastle.tls.SignatureAlgorithm.ecdsa);
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, certificate.privateKey(), chain, algorithm);
    }

    @Override
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "client did not offer use_srtp");
        }
        int[] theirs = offered.getProtectionProfiles();
        chosenProfile = Arrays.stream(profilesByPreference)
                .filter(p -> Arrays.stream(theirs).anyMatch(t -> t == p)).findFirst()
                .orElseThrow(() -> new TlsFatalAlert(AlertDescription.handshake_failure, "no common SRTP profile"));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(new int[] {chosenProfile}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        Vector<SignatureAndHashAlgorithm> algorithms = new Vector<>();
        algorithms.add(SignatureAndHashAlgorithm.getInstance(org.bouncycastle.tls.HashAlgorithm.sha256, org.bouncycastle.tls.SignatureAlgorithm.ecdsa));
        algorithms.add(SignatureAndHashAlgorithm.getInstance(org.bouncycastle.tls.HashAlgorithm.sha256, org.bouncycastle.tls.SignatureAlgorithm.rsa));
        algorithms.add(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256);
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign}, algorithms, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "the peer sent no certificate");
        }
        byte[] der = clientCertificate.getCertificateAt(0).getEncoded();
        if (!CertificateFingerprint.matches(expectedPeer, der)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "the peer's certificate does not match its SDP fingerprint");
        }
        peerVerified = true;
    }

    /** BouncyCastle allows the export only from here, while the master secret is still held. */
    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        if (!peerVerified || chosenProfile < 0) {
            throw new TlsFatalAlert(AlertDescription.internal_error, "handshake completed without SRTP or a verified peer");
        }
        int length = 2 * (keyLength(chosenProfile) + saltLength(chosenProfile));
        keys = new SrtpKeyingMaterial(chosenProfile, context.exportKeyingMaterial("EXTRACTOR-dtls_srtp", null, length));
    }

    /** The SRTP keys; present once the handshake has completed. */
    SrtpKeyingMaterial keyingMaterial() {
        if (keys == null) {
            throw new IllegalStateException("handshake not complete");
        }
        return keys;
    }

    static int keyLength(int profile) {
        return switch (profile) {
            case 0x0001, 0x0002, 0x0007 -> 16;
            case 0x0008 -> 32;
            default -> throw new IllegalArgumentException("unknown SRTP profile " + profile);
        };
    }

    static int saltLength(int profile) {
        return switch (profile) {
            case 0x0001, 0x0002 -> 14;
            case 0x0007, 0x0008 -> 12;
            default -> throw new IllegalArgumentException("unknown SRTP profile " + profile);
        };
    }
}
