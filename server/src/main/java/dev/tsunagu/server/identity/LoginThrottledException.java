package dev.tsunagu.server.identity;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because the login name or the source address failed too often recently. */
final class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
