package dev.tsunagu.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The HTTP digest algorithms SIP uses (RFC 8760): SHA-256 where the phone has it, MD5 for the rest. */
public enum DigestAlgorithm {
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private final String sipName;
    private final String jdkName;

    DigestAlgorithm(String sipName, String jdkName) {
        this.sipName = sipName;
        this.jdkName = jdkName;
    }

    /** The {@code algorithm=} token. */
    public String sipName() {
        return sipName;
    }

    /** A missing algorithm parameter means MD5 (RFC 2617 §3.2.1). */
    public static Optional<DigestAlgorithm> of(String token) {
        if (token == null || token.isBlank()) {
            return Optional.of(MD5);
        }
        for (DigestAlgorithm a : values()) {
            if (a.sipName.equalsIgnoreCase(token.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The lower-case hex hash of {@code text} (UTF-8). */
    public String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jdkName).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    /** HA1 = H(username:realm:password), what we store instead of the password. */
    public String ha1(String username, String realm, String password) {
        return hex(username + ":" + realm + ":" + password);
    }
}
