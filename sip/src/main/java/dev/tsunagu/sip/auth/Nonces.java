package dev.tsunagu.sip.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: the expiry time and an HMAC over it and the client's address, so
 * nothing is stored per challenge (a flood of REGISTERs costs no memory), a nonce works only from
 * the address it was given to, and an expired one is recognised as ours ({@code stale=true}: the
 * phone retries with the new nonce without asking its user for the password again).
 */
public final class Nonces {

    public enum Check { VALID, STALE, INVALID }

    private static final int MAC_BYTES = 16;
    private final byte[] key = new byte[32];
    private final Duration lifetime;
    private final Clock clock;

    public Nonces(Duration lifetime, Clock clock) {
        new SecureRandom().nextBytes(key);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String issue(String clientAddress) {
        long expires = clock.millis() + lifetime.toMillis();
        ByteBuffer b = ByteBuffer.allocate(8 + MAC_BYTES);
        b.putLong(expires).put(mac(expires, clientAddress));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    public Check check(String nonce, String clientAddress) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce == null ? "" : nonce);
        } catch (IllegalArgumentException e) {
            return Check.INVALID;
        }
        if (raw.length != 8 + MAC_BYTES) {
            return Check.INVALID;
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        long expires = b.getLong();
        byte[] given = new byte[MAC_BYTES];
        b.get(given);
        if (!MessageDigest.isEqual(given, mac(expires, clientAddress))) {
            return Check.INVALID;
        }
        return clock.millis() > expires ? Check.STALE : Check.VALID;
    }

    private byte[] mac(long expires, String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ByteBuffer.allocate(8).putLong(expires).array());
            mac.update(clientAddress.getBytes(StandardCharsets.UTF_8));
            byte[] full = mac.doFinal();
            byte[] cut = new byte[MAC_BYTES];
            System.arraycopy(full, 0, cut, 0, MAC_BYTES);
            return cut;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing", e);
        }
    }
}
