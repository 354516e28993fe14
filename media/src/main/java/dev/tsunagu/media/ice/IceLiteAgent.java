package dev.tsunagu.media.ice;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.stun.StunAttribute;
import dev.tsunagu.media.stun.StunClass;
import dev.tsunagu.media.stun.StunMessage;
import dev.tsunagu.media.stun.StunMessageType;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The ICE-lite side of one endpoint (RFC 8445 §2.5): it never sends checks, it answers the
 * browser's. A check is valid when its USERNAME starts with our ufrag and its MESSAGE-INTEGRITY
 * verifies with our password; the answer carries the source address as XOR-MAPPED-ADDRESS. The
 * browser, always controlling against a lite agent, nominates with USE-CANDIDATE.
 */
public final class IceLiteAgent {

    /** Sends an answer back to where the check came from. */
    @FunctionalInterface
    public interface Responder {
        void send(byte[] buf, int off, int len, InetSocketAddress to);
    }

    private final IceCredentials local;
    private final byte[] integrityKey;
    private volatile String remoteUfrag;

    public IceLiteAgent(IceCredentials local) {
        this.local = local;
        this.integrityKey = StunMessage.shortTermKey(local.pwd());
    }

    public IceCredentials local() {
        return local;
    }

    /** The browser's ufrag from its SDP; when set, checks must name it as sender. */
    public void remoteUfrag(String ufrag) {
        this.remoteUfrag = ufrag;
    }

    /** The local ufrag a STUN datagram addresses, if it is a binding request with a USERNAME; used to find the endpoint. */
    public static Optional<String> addressedUfrag(byte[] buf, int off, int len) {
        if (!StunMessage.isStun(buf, off, len)) {
            return Optional.empty();
        }
        try {
            StunMessage message = StunMessage.parse(buf, off, len);
            return message.attribute(StunAttribute.Username.class)
                    .map(StunAttribute.Username::value)
                    .map(u -> u.indexOf(':') > 0 ? u.substring(0, u.indexOf(':')) : u);
        } catch (MediaException e) {
            return Optional.empty();
        }
    }

    /** Handles one STUN datagram from {@code from}, answering through {@code responder}. */
    public IceCheckResult handle(byte[] buf, int off, int len, InetSocketAddress from, Responder responder) throws MediaException {
        StunMessage request = StunMessage.parse(buf, off, len);
        if (request.type().messageClass() != StunClass.REQUEST || request.type().method() != StunMessageType.METHOD_BINDING) {
            // Indications (keepalives) need no answer; responses are never expected by a lite agent.
            return IceCheckResult.REFUSED;
        }
        if (!StunMessage.verifyFingerprint(buf, off, len)) {
            return IceCheckResult.REFUSED;
        }
        List<Integer> unknown = request.unknownComprehensionRequired();
        if (!unknown.isEmpty()) {
            reply(error(request, 420, "Unknown Attribute", new StunAttribute.UnknownAttributes(unknown)), null, from, responder);
            return IceCheckResult.REFUSED;
        }
        if (!usernameIsOurs(request)) {
            reply(error(request, 400, "Bad Request"), null, from, responder);
            return IceCheckResult.REFUSED;
        }
        if (request.attribute(StunAttribute.MessageIntegrity.class).isEmpty()
                || !StunMessage.verifyIntegrity(buf, off, len, integrityKey)) {
            reply(error(request, 401, "Unauthorized"), null, from, responder);
            return IceCheckResult.REFUSED;
        }
        StunMessage success = StunMessage.of(StunMessageType.BINDING_SUCCESS, request.transactionId(),
                new StunAttribute.XorMappedAddress(from));
        reply(success, integrityKey, from, responder);
        return request.attribute(StunAttribute.UseCandidate.class).isPresent() ? IceCheckResult.NOMINATED : IceCheckResult.VALID;
    }

    private boolean usernameIsOurs(StunMessage request) {
        Optional<String> username = request.attribute(StunAttribute.Username.class).map(StunAttribute.Username::value);
        if (username.isEmpty()) {
            return false;
        }
        String expectedPrefix = local.ufrag() + ":";
        String value = username.get();
        if (!value.startsWith(expectedPrefix)) {
            return false;
        }
        String remote = remoteUfrag;
        return remote == null || value.substring(expectedPrefix.length()).equals(remote);
    }

    private static StunMessage error(StunMessage request, int code, String reason, StunAttribute... extra) {
        StunAttribute[] attributes = new StunAttribute[extra.length + 1];
        attributes[0] = new StunAttribute.ErrorCode(code, reason);
        System.arraycopy(extra, 0, attributes, 1, extra.length);
        return StunMessage.of(StunMessageType.BINDING_ERROR, request.transactionId(), attributes);
    }

    private static void reply(StunMessage message, byte[] key, InetSocketAddress to, Responder responder) {
        byte[] out = message.encode(key, true);
        responder.send(out, 0, out.length, to);
    }
}
