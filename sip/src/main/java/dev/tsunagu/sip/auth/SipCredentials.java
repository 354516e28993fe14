package dev.tsunagu.sip.auth;

import java.util.Optional;

/** Where the edge looks phones' logins up (the server keeps them in its database). */
@FunctionalInterface
public interface SipCredentials {

    Optional<SipCredential> find(String username);
}
