package dev.tsunagu.server.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token in a status callback URL: HMAC-SHA256 of the message id under
 * {@code tsunagu.sms.http.callback-secret}. Only the provider, which got the URL with the
 * message, can report on it, and a token for one message is worth nothing for another. Without a
 * configured secret a random one serves until the next start (callbacks for older messages are
 * then refused, and those messages stay SENT).
 */
final class CallbackTokens {

    private static final Logger log = LoggerFactory.getLogger(CallbackTokens.class);

    private final SecretKeySpec key;

    CallbackTokens(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.info("tsunagu.sms.http.callback-secret is not set: status callbacks are signed with a key that lasts until restart");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String tokenFor(long messageId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("sms-status:" + messageId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time, so the token cannot be guessed byte by byte. */
    boolean verify(long messageId, String token) {
        if (token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(messageId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
