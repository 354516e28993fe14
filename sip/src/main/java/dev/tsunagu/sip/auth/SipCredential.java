package dev.tsunagu.sip.auth;

import java.util.Objects;

/**
 * A SIP phone's login: the digest username, the extension its registrations become lines of, the
 * name shown for it, and its HA1 hashes for our realm (MD5 and SHA-256), never the password.
 */
public record SipCredential(String username, String extension, String displayName, String ha1Md5, String ha1Sha256) {

    public SipCredential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(ha1Md5, "ha1Md5");
        Objects.requireNonNull(ha1Sha256, "ha1Sha256");
    }

    /** Makes the hashes from a password (admin screen, tests). */
    public static SipCredential of(String username, String extension, String displayName, String realm, String password) {
        return new SipCredential(username, extension, displayName, DigestAlgorithm.MD5.ha1(username, realm, password),
                DigestAlgorithm.SHA_256.ha1(username, realm, password));
    }

    public String ha1(DigestAlgorithm algorithm) {
        return algorithm == DigestAlgorithm.MD5 ? ha1Md5 : ha1Sha256;
    }
}
